package energy.foundation.identity.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.InstanceRetiredException;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.UnknownInstanceException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Creates, lists and revokes the machine clients of the platform's instances, and finds
 * the usable client behind a {@code client_id}. A client acts for exactly one instance;
 * it stops working when it is revoked, its instance retired or its organisation
 * suspended. Its secret is shown once and stored only as a keyed hash.
 */
@Service
public final class MachineClients {

	/**
	 * What every client id starts with.
	 */
	public static final String CLIENT_ID_PREFIX = "ficl_";

	/**
	 * What every client secret starts with, so that secret scanners and people recognise
	 * it.
	 */
	public static final String SECRET_PREFIX = "fics_";

	static final int PREFIX_LENGTH = 12;

	private static final int CLIENT_ID_BYTES = 16;

	private static final Pattern CLIENT_ID_SHAPE = Pattern.compile(CLIENT_ID_PREFIX + "[A-Za-z0-9_-]{22}");

	private static final Pattern SECRET_SHAPE = Pattern.compile(SECRET_PREFIX + "[A-Za-z0-9_-]{43}");

	private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(MachineClients.class);

	private final MachineClientRepository repository;

	private final Instances instances;

	private final SecretHasher hasher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	MachineClients(MachineClientRepository repository, Instances instances, SecretHasher hasher, Clock clock) {
		this.repository = repository;
		this.instances = instances;
		this.hasher = hasher;
		this.clock = clock;
	}

	/**
	 * Creates a client for an active instance. The answer is the only place the secret
	 * appears.
	 * @param label a name for the client, 1 to 200 characters, not blank
	 * @param createdBy who creates it, as people should read it (a tenant administrator's
	 * name, {@code operator token fiop_AbCdEfG}); cut to 200 characters; {@code null}
	 * when unknown
	 * @throws UnknownInstanceException if the organisation has no such instance
	 * @throws InstanceRetiredException if the instance is retired
	 * @throws InvalidCredentialException if the label is not acceptable
	 */
	public IssuedMachineClient create(UUID organisationId, UUID instanceId, String label, @Nullable String createdBy) {
		String checkedLabel = ScimCredentials.checkLabel(label);
		Instance instance = this.instances.find(organisationId, instanceId)
			.orElseThrow(() -> new UnknownInstanceException(instanceId));
		if (instance.retired()) {
			throw new InstanceRetiredException("The instance is retired and cannot get new machine clients");
		}

		String clientId = newClientId();
		String secret = this.hasher.newSecret(SECRET_PREFIX);
		MachineClient client = new MachineClient(UUID.randomUUID(), clientId, organisationId, instanceId, checkedLabel,
				secret.substring(0, PREFIX_LENGTH), ScimCredentials.checkCreatedBy(createdBy), now(), null, null);
		this.repository.insert(client, this.hasher.hash(secret));
		logger.info("Created machine client {} for instance {} of organisation {}", client.id(), instanceId,
				organisationId);
		return new IssuedMachineClient(client.id(), clientId, organisationId, instanceId, checkedLabel, secret,
				client.secretPrefix(), client.createdAt());
	}

	/**
	 * The instance's clients, newest first, revoked ones included; never their secrets.
	 */
	public List<MachineClient> list(UUID organisationId, UUID instanceId) {
		return this.repository.findByInstance(organisationId, instanceId);
	}

	/**
	 * One of the instance's clients.
	 */
	public Optional<MachineClient> find(UUID organisationId, UUID instanceId, UUID id) {
		return this.repository.findById(organisationId, instanceId, id);
	}

	/**
	 * Revokes a client: it gets no more tokens, and the tokens it holds stop working at
	 * their next use. Revoking a revoked client changes nothing.
	 * @return {@code false} if the instance has no client with this id
	 */
	public boolean revoke(UUID organisationId, UUID instanceId, UUID id) {
		boolean found = this.repository.revoke(organisationId, instanceId, id, now());
		if (found) {
			logger.info("Revoked machine client {} of instance {}", id, instanceId);
		}
		return found;
	}

	/**
	 * The principal of a usable client: not revoked, its instance active and its
	 * organisation active.
	 * @return the principal, or empty when the client id names no usable client
	 */
	public Optional<MachineClientPrincipal> principal(String clientId) {
		return usable(clientId).map((usable) -> new MachineClientPrincipal(usable.organisationId(), usable.instanceId(),
				usable.id(), usable.clientId()));
	}

	/**
	 * The usable client with this client id, with its secret's hash.
	 */
	Optional<MachineClientRepository.Usable> usable(String clientId) {
		if (!CLIENT_ID_SHAPE.matcher(clientId).matches()) {
			return Optional.empty();
		}
		return this.repository.findUsable(clientId);
	}

	/**
	 * Whether a presented secret is the one whose keyed hash is stored.
	 */
	boolean secretMatches(String presentedSecret, String storedHash) {
		if (!SECRET_SHAPE.matcher(presentedSecret).matches()) {
			return false;
		}
		return this.hasher.matches(presentedSecret, storedHash);
	}

	/**
	 * Records that the client obtained a token, to the minute: a token request within a
	 * minute of the last recorded one writes nothing.
	 */
	void recordUse(UUID id) {
		Instant now = now();
		this.repository.recordUse(id, now, now.minus(USE_RECORDING_INTERVAL));
	}

	private String newClientId() {
		byte[] bytes = new byte[CLIENT_ID_BYTES];
		this.random.nextBytes(bytes);
		return CLIENT_ID_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
