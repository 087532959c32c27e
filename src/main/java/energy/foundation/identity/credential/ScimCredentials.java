package energy.foundation.identity.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.UnknownOrganisationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Issues, lists, revokes and checks the secrets with which an organisation's identity
 * provider authenticates its SCIM requests (sent as an RFC 6750 bearer token). A secret
 * works only for the organisation it was issued to.
 */
@Service
public final class ScimCredentials {

	/**
	 * What every SCIM secret starts with, so that secret scanners and people recognise
	 * it.
	 */
	public static final String SECRET_PREFIX = "fisc_";

	static final int PREFIX_LENGTH = 12;

	static final int MAX_LABEL_LENGTH = 200;

	private static final Pattern SECRET_SHAPE = Pattern.compile(SECRET_PREFIX + "[A-Za-z0-9_-]{43}");

	private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(ScimCredentials.class);

	private final ScimCredentialRepository repository;

	private final Organisations organisations;

	private final SecretHasher hasher;

	private final Clock clock;

	ScimCredentials(ScimCredentialRepository repository, Organisations organisations, SecretHasher hasher,
			Clock clock) {
		this.repository = repository;
		this.organisations = organisations;
		this.hasher = hasher;
		this.clock = clock;
	}

	/**
	 * Issues a new secret for an organisation. The answer is the only place the secret
	 * appears.
	 * @param organisationId the organisation the secret acts for
	 * @param label a name for the credential, 1 to 200 characters, not blank
	 * @param expiresAt when the secret stops working, in the future, or {@code null} for
	 * never (Entra ID quarantines a provisioning job whose secret expires)
	 * @param createdBy who issues it, as people should read it in the credential list
	 * (for example {@code operator token fiop_AbCdEfG} or a tenant administrator's name);
	 * cut to 200 characters; {@code null} when unknown
	 * @return the credential with its secret
	 * @throws UnknownOrganisationException if there is no such organisation
	 * @throws InvalidCredentialException if the label or the expiry is not acceptable
	 */
	public IssuedCredential issue(UUID organisationId, String label, @Nullable Instant expiresAt,
			@Nullable String createdBy) {
		String checkedLabel = checkLabel(label);
		Instant now = now();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new InvalidCredentialException("expiresAt must be in the future");
		}
		if (this.organisations.find(organisationId).isEmpty()) {
			throw new UnknownOrganisationException(organisationId);
		}

		String secret = this.hasher.newSecret(SECRET_PREFIX);
		ScimCredential credential = new ScimCredential(UUID.randomUUID(), organisationId, checkedLabel,
				secret.substring(0, PREFIX_LENGTH), checkCreatedBy(createdBy), now, null, truncate(expiresAt), null);
		this.repository.insert(credential, this.hasher.hash(secret));
		logger.info("Issued SCIM credential {} for organisation {}", credential.id(), organisationId);
		return new IssuedCredential(credential.id(), organisationId, credential.label(), secret, credential.prefix(),
				credential.createdAt(), credential.expiresAt());
	}

	/**
	 * The organisation's credentials, newest first, revoked and expired ones included;
	 * never their secrets.
	 */
	public List<ScimCredential> list(UUID organisationId) {
		return this.repository.findByOrganisation(organisationId);
	}

	/**
	 * One of the organisation's credentials.
	 */
	public Optional<ScimCredential> find(UUID organisationId, UUID credentialId) {
		return this.repository.findById(organisationId, credentialId);
	}

	/**
	 * Revokes a credential; requests with its secret fail from now on. Revoking a revoked
	 * credential changes nothing.
	 * @return {@code false} if the organisation has no credential with this id
	 */
	public boolean revoke(UUID organisationId, UUID credentialId) {
		boolean found = this.repository.revoke(organisationId, credentialId, now());
		if (found) {
			logger.info("Revoked SCIM credential {} of organisation {}", credentialId, organisationId);
		}
		return found;
	}

	/**
	 * Authenticates a presented secret for one organisation: it must be a secret issued
	 * to that organisation, not revoked and not expired. The credential of a suspended
	 * organisation authenticates too, so that its client can be told why it is refused;
	 * the caller must check {@link ScimPrincipal#organisationActive()} before serving it.
	 * @param organisationId the organisation named by the request's URL
	 * @param presentedSecret the bearer token of the request
	 * @return the principal, or empty when the secret does not authenticate for this
	 * organisation (whatever the reason)
	 */
	public Optional<ScimPrincipal> authenticate(UUID organisationId, String presentedSecret) {
		if (!SECRET_SHAPE.matcher(presentedSecret).matches()) {
			return Optional.empty();
		}
		String presentedHash = this.hasher.hash(presentedSecret);
		Instant now = now();
		// the lookup by keyed hash is the comparison (see SecretHasher)
		return this.repository.findUsable(organisationId, presentedHash, now).map((usable) -> {
			recordUse(organisationId, usable, now);
			return new ScimPrincipal(organisationId, usable.id(), usable.prefix(), usable.organisationStatus());
		});
	}

	private void recordUse(UUID organisationId, ScimCredentialRepository.Usable usable, Instant now) {
		Instant notBefore = now.minus(USE_RECORDING_INTERVAL);
		Instant lastUsedAt = usable.lastUsedAt();
		// Recording every request would turn each SCIM read into a write.
		if (lastUsedAt == null || lastUsedAt.isBefore(notBefore)) {
			this.repository.recordUse(organisationId, usable.id(), now, notBefore);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable Instant truncate(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	static @Nullable String checkCreatedBy(@Nullable String createdBy) {
		if (createdBy == null || createdBy.isBlank()) {
			return null;
		}
		String stripped = createdBy.strip();
		if (stripped.length() <= MAX_LABEL_LENGTH) {
			return stripped;
		}
		// never cut a surrogate pair in two
		int end = (Character.isHighSurrogate(stripped.charAt(MAX_LABEL_LENGTH - 1))) ? MAX_LABEL_LENGTH - 1
				: MAX_LABEL_LENGTH;
		return stripped.substring(0, end);
	}

	static String checkLabel(String label) {
		String stripped = label.strip();
		if (stripped.isEmpty()) {
			throw new InvalidCredentialException("label must not be blank");
		}
		if (stripped.length() > MAX_LABEL_LENGTH) {
			throw new InvalidCredentialException("label must be at most " + MAX_LABEL_LENGTH + " characters long");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidCredentialException("label must not contain control characters");
		}
		return stripped;
	}

}
