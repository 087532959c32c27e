package energy.foundation.identity.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Issues and checks the bearer tokens of the vendor's support operators, who use the
 * operator API.
 */
@Service
public final class OperatorTokens {

	/**
	 * What every generated operator token starts with.
	 */
	public static final String TOKEN_PREFIX = "fiop_";

	/**
	 * The shortest token accepted from configuration.
	 */
	public static final int MIN_LENGTH = 32;

	static final int MAX_LENGTH = 512;

	/**
	 * The characters RFC 6750 §2.1 allows in a bearer token.
	 */
	private static final Pattern BEARER_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

	private static final int PREFIX_LENGTH = 12;

	/**
	 * A token chosen outside the service may have little entropy to spare, so only a few
	 * of its characters are kept to recognise it.
	 */
	private static final int FOREIGN_PREFIX_LENGTH = 4;

	private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(OperatorTokens.class);

	private final OperatorTokenRepository repository;

	private final SecretHasher hasher;

	private final Clock clock;

	OperatorTokens(OperatorTokenRepository repository, SecretHasher hasher, Clock clock) {
		this.repository = repository;
		this.hasher = hasher;
		this.clock = clock;
	}

	/**
	 * Issues a new operator token.
	 */
	public IssuedOperatorToken issue(String label) {
		return issue(label, newToken());
	}

	/**
	 * A new random token value, not stored yet.
	 */
	String newToken() {
		return this.hasher.newSecret(TOKEN_PREFIX);
	}

	/**
	 * Stores a token made by {@link #newToken()}.
	 */
	IssuedOperatorToken issue(String label, String token) {
		UUID id = UUID.randomUUID();
		Instant now = now();
		String prefix = token.substring(0, PREFIX_LENGTH);
		this.repository.insert(id, label, prefix, this.hasher.hash(token), now);
		logger.info("Issued operator token {}", id);
		return new IssuedOperatorToken(id, label, token, prefix, now);
	}

	/**
	 * Authenticates a presented operator token.
	 * @return the principal, or empty if the token is unknown or revoked
	 */
	public Optional<OperatorPrincipal> authenticate(String presentedToken) {
		if (presentedToken.length() < MIN_LENGTH || presentedToken.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String presentedHash = this.hasher.hash(presentedToken);
		// the lookup by keyed hash is the comparison (see SecretHasher)
		return this.repository.findByHash(presentedHash)
			.filter(OperatorTokenRepository.Stored::active)
			.map((stored) -> {
				recordUse(stored);
				return new OperatorPrincipal(stored.id(), stored.label(), stored.prefix());
			});
	}

	/**
	 * Whether any operator token is not revoked.
	 */
	public boolean hasActiveToken() {
		return this.repository.existsActive();
	}

	/**
	 * Every operator token, newest first, revoked ones included; never their values.
	 */
	public List<OperatorToken> list() {
		return this.repository.findAll();
	}

	/**
	 * Revokes an operator token; requests with it fail from now on. Revoking a revoked
	 * token changes nothing.
	 * @return {@code false} if there is no token with this id
	 */
	public boolean revoke(UUID id) {
		boolean found = this.repository.revoke(id, now());
		if (found) {
			logger.info("Revoked operator token {}", id);
		}
		return found;
	}

	/**
	 * Makes sure a token with this value exists, for tokens chosen outside the service.
	 * @return what was found or done
	 * @throws IllegalArgumentException if the value is too short, too long or not a valid
	 * bearer token
	 */
	Ensured ensure(String token, String label) {
		checkConfigured(token);
		String hash = this.hasher.hash(token);
		Optional<OperatorTokenRepository.Stored> stored = this.repository.findByHash(hash);
		if (stored.isPresent()) {
			return stored.get().active() ? Ensured.EXISTS : Ensured.REVOKED;
		}

		UUID id = UUID.randomUUID();
		try {
			this.repository.insert(id, label, token.substring(0, FOREIGN_PREFIX_LENGTH), hash, now());
		}
		catch (DuplicateKeyException ex) {
			// Another node inserted the same token while we were looking.
			return Ensured.EXISTS;
		}
		logger.info("Created operator token {} from configuration", id);
		return Ensured.CREATED;
	}

	static void checkConfigured(String token) {
		if (token.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("must be at least " + MIN_LENGTH + " characters long");
		}
		if (token.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters long");
		}
		if (!BEARER_TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException(
					"may contain only letters, digits and - . _ ~ + / (with = at the end), as RFC 6750 allows");
		}
	}

	private void recordUse(OperatorTokenRepository.Stored stored) {
		Instant now = now();
		Instant notBefore = now.minus(USE_RECORDING_INTERVAL);
		Instant lastUsedAt = stored.lastUsedAt();
		if (lastUsedAt == null || lastUsedAt.isBefore(notBefore)) {
			this.repository.recordUse(stored.id(), now, notBefore);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * The outcome of {@link #ensure(String, String)}.
	 */
	enum Ensured {

		/**
		 * The token was stored now.
		 */
		CREATED,

		/**
		 * The token existed and is active.
		 */
		EXISTS,

		/**
		 * The token existed but was revoked; it stays revoked.
		 */
		REVOKED

	}

}
