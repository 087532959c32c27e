package energy.foundation.identity.signin;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.access.EffectiveRoles;
import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.directory.DirectoryListing;
import energy.foundation.identity.directory.ListedUser;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.organisation.SignInProviderSettings;
import energy.foundation.identity.organisation.SignInProviders;
import energy.foundation.identity.organisation.UnknownOrganisationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Decides whether a person signing in to an instance may use it, and as whom.
 * <p>
 * The checks, in order: the sign-in provider must be on for the organisation; an Entra ID
 * tenant, or an Okta issuer, must be the organisation's own (an organisation without an
 * Okta issuer cannot sign in with Okta). The identity is then looked up by its link in
 * the asking instance. Without one, it is matched to exactly one active provisioned user
 * of the organisation: for Entra ID the user whose {@code externalId} is the object id
 * (where the customer maps {@code objectId}), else the user whose {@code userName} equals
 * the {@code preferred_username} claim and whose {@code externalId} is not another GUID;
 * for Okta the user whose {@code externalId} is the Okta user id. E-mail addresses are
 * never matched: Entra ID does not verify the {@code email} claim. Matching never leaves
 * the organisation. Finally the user must be active and hold a role in the instance.
 * <p>
 * Only an allowed sign-in links the identity to the user, and only in the asking
 * instance: the instance is trusted with the claims it sends, so what one instance asks
 * never changes whom a person is in another. Once linked in an instance only the link
 * counts there: a changed user name cannot move a person to another user, and another
 * identity cannot take a linked user.
 */
@Service
public final class SignInDecisions {

	private static final String USER_DISABLED = "The user is disabled";

	private static final Logger logger = LoggerFactory.getLogger(SignInDecisions.class);

	private final Organisations organisations;

	private final SignInProviders providers;

	private final DirectoryListing directory;

	private final IdentityLinks links;

	private final EffectiveRoles roles;

	private final AuditLog auditLog;

	private final Clock clock;

	SignInDecisions(Organisations organisations, SignInProviders providers, DirectoryListing directory,
			IdentityLinks links, EffectiveRoles roles, AuditLog auditLog, Clock clock) {
		this.organisations = organisations;
		this.providers = providers;
		this.directory = directory;
		this.links = links;
		this.roles = roles;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Decides a sign-in to an instance.
	 * @param organisationId the instance's organisation
	 * @param instanceId the instance, which the caller has checked to be the
	 * organisation's
	 * @param claims what the instance verified of the person
	 * @param actor who asks (the instance's machine client), for the audit of a new link
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public SignInDecision decide(UUID organisationId, UUID instanceId, SignInClaims claims, Actor actor) {
		Organisation organisation = this.organisations.find(organisationId)
			.orElseThrow(() -> new UnknownOrganisationException(organisationId));
		Identity identity = Identity.of(claims);
		SignInDecision notAccepted = checkProvider(organisation, identity, claims);
		if (notAccepted != null) {
			return notAccepted;
		}

		Outcome found = identify(organisationId, instanceId, identity, claims);
		SignInDecision refusal = found.refusal();
		if (refusal != null) {
			return refusal;
		}
		SignInDecision decision = decideFor(organisationId, instanceId, found.user());
		if (!decision.allowed() || found.linked()) {
			return decision;
		}
		return link(organisationId, instanceId, identity, decision, actor);
	}

	/**
	 * Why the organisation does not take sign-ins from this provider or issuer, or
	 * {@code null} when it does.
	 */
	private @Nullable SignInDecision checkProvider(Organisation organisation, Identity identity, SignInClaims claims) {
		SignInProviderSettings settings = this.providers.settings(organisation.id());
		if (!settings.isEnabled(identity.provider())) {
			return SignInDecision.refused(SignInRefusal.PROVIDER_DISABLED,
					"Sign-in with " + identity.providerName() + " is switched off for the organisation");
		}
		return checkIssuer(organisation, settings, claims);
	}

	/**
	 * Why the identity provider is not the organisation's, or {@code null} when it is.
	 */
	private static @Nullable SignInDecision checkIssuer(Organisation organisation, SignInProviderSettings settings,
			SignInClaims claims) {
		return switch (claims) {
			case SignInClaims.Entra entra ->
				entra.tenantId().equals(organisation.entraTenantId()) ? null : SignInDecision
					.refused(SignInRefusal.WRONG_TENANT, "The Entra ID tenant is not the organisation's tenant");
			case SignInClaims.Okta okta -> {
				String expected = settings.oktaIssuer();
				if (expected == null) {
					yield SignInDecision.refused(SignInRefusal.PROVIDER_NOT_CONFIGURED,
							"No Okta issuer is configured for the organisation");
				}
				yield expected.equals(withoutTrailingSlash(okta.issuer())) ? null : SignInDecision
					.refused(SignInRefusal.WRONG_TENANT, "The Okta issuer is not the organisation's issuer");
			}
		};
	}

	private static String withoutTrailingSlash(String issuer) {
		return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

	private SignInDecision decideFor(UUID organisationId, UUID instanceId, ListedUser user) {
		if (!user.active()) {
			return SignInDecision.refused(SignInRefusal.DISABLED, USER_DISABLED, user);
		}
		List<EffectiveRole> held = this.roles.of(organisationId, instanceId, user.id());
		if (held.isEmpty()) {
			return SignInDecision.refused(SignInRefusal.NO_ROLE, "The user holds no role in this instance", user);
		}
		return new SignInDecision(null, "The user may sign in", user, held, false);
	}

	/**
	 * The user the identity is linked to in the instance, else the one it matches.
	 */
	private Outcome identify(UUID organisationId, UUID instanceId, Identity identity, SignInClaims claims) {
		Outcome linked = findLinked(organisationId, instanceId, identity);
		return (linked != null) ? linked : match(organisationId, instanceId, identity, claims);
	}

	/**
	 * The user the identity is linked to in the instance, or {@code null} when it is not
	 * linked there (a link whose user is gone is dropped).
	 */
	private @Nullable Outcome findLinked(UUID organisationId, UUID instanceId, Identity identity) {
		Optional<IdentityLink> link = this.links.find(organisationId, instanceId, identity.provider().code(),
				identity.issuer(), identity.subject());
		if (link.isEmpty()) {
			return null;
		}
		Optional<ListedUser> user = this.directory.user(organisationId, link.get().userId());
		if (user.isEmpty()) {
			this.links.delete(link.get());
			return null;
		}
		return Outcome.found(user.get(), true);
	}

	/**
	 * The one user an identity that is not linked in the instance may be linked to;
	 * nothing is written.
	 */
	private Outcome match(UUID organisationId, UUID instanceId, Identity identity, SignInClaims claims) {
		List<ListedUser> candidates = candidates(organisationId, claims);
		if (candidates.isEmpty()) {
			return Outcome.refused(SignInDecision.refused(SignInRefusal.UNKNOWN_PERSON,
					"No provisioned user of the organisation matches the identity"));
		}
		List<ListedUser> active = candidates.stream().filter(ListedUser::active).toList();
		if (active.size() > 1) {
			return Outcome.refused(SignInDecision.refused(SignInRefusal.IDENTITY_CONFLICT,
					"Several provisioned users match the identity; the first sign-in cannot tell which one it is"));
		}
		if (active.isEmpty()) {
			return Outcome.refused(allDisabled(candidates));
		}

		ListedUser user = active.get(0);
		if (this.links.findByUser(organisationId, instanceId, user.id(), identity.provider().code()).isPresent()) {
			return Outcome.refused(conflictWithOtherIdentity(identity, user));
		}
		return Outcome.found(user, false);
	}

	private static SignInDecision allDisabled(List<ListedUser> candidates) {
		if (candidates.size() == 1) {
			return SignInDecision.refused(SignInRefusal.DISABLED, USER_DISABLED, candidates.get(0));
		}
		return SignInDecision.refused(SignInRefusal.DISABLED,
				"Every provisioned user that matches the identity is disabled");
	}

	/**
	 * Links the identity to the user of an allowed decision, in the instance only.
	 */
	private SignInDecision link(UUID organisationId, UUID instanceId, Identity identity, SignInDecision allowed,
			Actor actor) {
		ListedUser user = allowed.requiredUser();
		IdentityLink link = new IdentityLink(organisationId, instanceId, identity.provider().code(), identity.issuer(),
				identity.subject(), user.id(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		try {
			this.links.insert(link);
		}
		catch (DuplicateKeyException ex) {
			// another sign-in linked the identity or the user at the same moment
			Optional<IdentityLink> winner = this.links.find(organisationId, instanceId, link.provider(), link.issuer(),
					link.subject());
			return (winner.isPresent() && winner.get().userId().equals(user.id())) ? allowed
					: conflictWithOtherIdentity(identity, user);
		}
		audit(actor, link);
		return new SignInDecision(null, allowed.detail(), user, allowed.roles(), true);
	}

	private List<ListedUser> candidates(UUID organisationId, SignInClaims claims) {
		return switch (claims) {
			case SignInClaims.Entra entra -> entraCandidates(organisationId, entra);
			case SignInClaims.Okta okta -> this.directory.findByExternalId(organisationId, okta.subject());
		};
	}

	/**
	 * The users an Entra ID identity may be linked to: those whose {@code externalId} is
	 * the object id, else the user whose {@code userName} is the
	 * {@code preferred_username} (a member's user principal name in a domain the tenant
	 * verified, a guest's sign-in name at home, which the tenant did not verify). The
	 * {@code email} claim is never used: Entra ID does not verify it, so a guest of
	 * another tenant can carry a member's address. A user whose {@code externalId} is
	 * another GUID is another Entra ID object and is never matched by name.
	 */
	private List<ListedUser> entraCandidates(UUID organisationId, SignInClaims.Entra entra) {
		List<ListedUser> byObjectId = this.directory.findByExternalId(organisationId, entra.objectId());
		if (!byObjectId.isEmpty()) {
			return byObjectId;
		}
		String preferredUsername = entra.preferredUsername();
		if (preferredUsername == null) {
			return List.of();
		}
		return this.directory.findByUserName(organisationId, preferredUsername)
			.filter((user) -> !isOtherObject(user.externalId(), entra.objectId()))
			.map(List::of)
			.orElse(List.of());
	}

	private static boolean isOtherObject(@Nullable String externalId, String objectId) {
		if (externalId == null || externalId.length() != 36) {
			return false;
		}
		try {
			return !UUID.fromString(externalId).equals(UUID.fromString(objectId));
		}
		catch (IllegalArgumentException ex) {
			// not a GUID, so it proves nothing about the object
			return false;
		}
	}

	private static SignInDecision conflictWithOtherIdentity(Identity identity, ListedUser user) {
		return SignInDecision.refused(SignInRefusal.IDENTITY_CONFLICT,
				"The matching user is already linked to another " + identity.providerName() + " identity", user);
	}

	private void audit(Actor actor, IdentityLink link) {
		logger.info("Linked a {} identity to user {} in instance {}", link.provider(), link.userId(),
				link.instanceId());
		this.auditLog.record(new AuditEvent(actor, link.organisationId(), "identity.linked", link.userId().toString(),
				link.provider() + " issuer " + link.issuer() + ", subject " + link.subject() + ", instance "
						+ link.instanceId()));
	}

	/**
	 * The key of an identity: provider, issuer and subject.
	 */
	private record Identity(SignInProvider provider, String issuer, String subject) {

		static Identity of(SignInClaims claims) {
			return switch (claims) {
				case SignInClaims.Entra entra -> new Identity(SignInProvider.ENTRA, entra.tenantId().toString(),
						entra.objectId().toLowerCase(Locale.ROOT));
				case SignInClaims.Okta okta ->
					new Identity(SignInProvider.OKTA, withoutTrailingSlash(okta.issuer()), okta.subject());
			};
		}

		String providerName() {
			return (this.provider == SignInProvider.ENTRA) ? "Entra ID" : "Okta";
		}

	}

	/**
	 * The user an identity belongs to and whether it is linked already, or why the
	 * sign-in is refused before the user's state and roles are looked at.
	 */
	private record Outcome(@Nullable ListedUser foundUser, boolean linked, @Nullable SignInDecision refusal) {

		static Outcome found(ListedUser user, boolean linked) {
			return new Outcome(user, linked, null);
		}

		static Outcome refused(SignInDecision refusal) {
			return new Outcome(null, false, refusal);
		}

		ListedUser user() {
			if (this.foundUser == null) {
				throw new IllegalStateException("No user was found");
			}
			return this.foundUser;
		}

	}

}
