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
 * tenant must be the organisation's own. The identity is then looked up by its link.
 * Without a link, it is linked on first use to exactly one active provisioned user of the
 * organisation: for Entra ID the user whose {@code externalId} is the object id (where
 * the customer maps {@code objectId}), else the user whose {@code userName} equals the
 * {@code preferred_username} claim and whose {@code externalId} is not another GUID; for
 * Okta the user whose {@code externalId} is the Okta user id. E-mail addresses are never
 * matched: Entra ID does not verify the {@code email} claim. Matching never leaves the
 * organisation, and once linked only the link counts: a changed user name cannot move a
 * person to another user, and another identity cannot take a linked user. Finally the
 * user must be active and hold a role in the instance.
 */
@Service
public final class SignInDecisions {

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
		if (!this.providers.settings(organisationId).isEnabled(identity.provider())) {
			return SignInDecision.refused(SignInRefusal.PROVIDER_DISABLED,
					"Sign-in with " + identity.providerName() + " is switched off for the organisation");
		}
		if (claims instanceof SignInClaims.Entra entra && !entra.tenantId().equals(organisation.entraTenantId())) {
			return SignInDecision.refused(SignInRefusal.WRONG_TENANT,
					"The Entra ID tenant is not the organisation's tenant");
		}

		Outcome found = findLinked(organisationId, identity);
		if (found == null) {
			found = link(organisationId, identity, claims, actor);
		}
		SignInDecision refusal = found.refusal();
		if (refusal != null) {
			return refusal;
		}
		return decideFor(organisationId, instanceId, found.user(), found.linkedNow());
	}

	private SignInDecision decideFor(UUID organisationId, UUID instanceId, ListedUser user, boolean linkedNow) {
		if (!user.active()) {
			return SignInDecision.refused(SignInRefusal.DISABLED, "The user is disabled", user, linkedNow);
		}
		List<EffectiveRole> held = this.roles.of(organisationId, instanceId, user.id());
		if (held.isEmpty()) {
			return SignInDecision.refused(SignInRefusal.NO_ROLE, "The user holds no role in this instance", user,
					linkedNow);
		}
		return new SignInDecision(null, "The user may sign in", user, held, linkedNow);
	}

	/**
	 * The user the identity is linked to, or {@code null} when it is not linked (a link
	 * whose user is gone is dropped).
	 */
	private @Nullable Outcome findLinked(UUID organisationId, Identity identity) {
		Optional<IdentityLink> link = this.links.find(identity.provider().code(), identity.issuer(),
				identity.subject());
		if (link.isEmpty()) {
			return null;
		}
		if (!link.get().organisationId().equals(organisationId)) {
			return Outcome.refused(SignInDecision.refused(SignInRefusal.IDENTITY_CONFLICT,
					"The identity is linked to a user of another organisation"));
		}
		Optional<ListedUser> user = this.directory.user(organisationId, link.get().userId());
		if (user.isEmpty()) {
			this.links.delete(link.get());
			return null;
		}
		return Outcome.found(user.get(), false);
	}

	private Outcome link(UUID organisationId, Identity identity, SignInClaims claims, Actor actor) {
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
			return (candidates.size() == 1)
					? Outcome.refused(SignInDecision.refused(SignInRefusal.DISABLED, "The user is disabled",
							candidates.get(0), false))
					: Outcome.refused(SignInDecision.refused(SignInRefusal.DISABLED,
							"Every provisioned user that matches the identity is disabled"));
		}

		ListedUser user = active.get(0);
		if (this.links.findByUser(organisationId, user.id(), identity.provider().code()).isPresent()) {
			return Outcome.refused(conflictWithOtherIdentity(identity, user));
		}
		IdentityLink link = new IdentityLink(organisationId, identity.provider().code(), identity.issuer(),
				identity.subject(), user.id(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		try {
			this.links.insert(link);
		}
		catch (DuplicateKeyException ex) {
			// another sign-in linked the identity or the user at the same moment
			Optional<IdentityLink> winner = this.links.find(link.provider(), link.issuer(), link.subject());
			return (winner.isPresent() && winner.get().userId().equals(user.id())) ? Outcome.found(user, false)
					: Outcome.refused(conflictWithOtherIdentity(identity, user));
		}
		audit(actor, link);
		return Outcome.found(user, true);
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
	 * {@code preferred_username} (a user principal name in a domain that a tenant
	 * verified). The {@code email} claim is never used: Entra ID does not verify it, so a
	 * guest of another tenant can carry a member's address. A user whose
	 * {@code externalId} is another GUID is another Entra ID object and is never matched
	 * by name.
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
				"The matching user is already linked to another " + identity.providerName() + " identity", user, false);
	}

	private void audit(Actor actor, IdentityLink link) {
		logger.info("Linked a {} identity to user {} of organisation {}", link.provider(), link.userId(),
				link.organisationId());
		this.auditLog.record(new AuditEvent(actor, link.organisationId(), "identity.linked", link.userId().toString(),
				link.provider() + " issuer " + link.issuer() + ", subject " + link.subject()));
	}

	/**
	 * The key of an identity: provider, issuer and subject.
	 */
	private record Identity(SignInProvider provider, String issuer, String subject) {

		static Identity of(SignInClaims claims) {
			return switch (claims) {
				case SignInClaims.Entra entra -> new Identity(SignInProvider.ENTRA, entra.tenantId().toString(),
						entra.objectId().toLowerCase(Locale.ROOT));
				case SignInClaims.Okta okta -> new Identity(SignInProvider.OKTA, okta.issuer(), okta.subject());
			};
		}

		String providerName() {
			return (this.provider == SignInProvider.ENTRA) ? "Entra ID" : "Okta";
		}

	}

	/**
	 * The user an identity belongs to, or why the sign-in is refused before the user's
	 * state and roles are looked at.
	 */
	private record Outcome(@Nullable ListedUser foundUser, boolean linkedNow, @Nullable SignInDecision refusal) {

		static Outcome found(ListedUser user, boolean linkedNow) {
			return new Outcome(user, linkedNow, null);
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
