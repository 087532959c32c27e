package energy.foundation.identity.operator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import energy.foundation.identity.credential.OperatorTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The support operators' accounts for the operator console: the first one, made with an
 * operator token, and the ones operators make for each other afterwards. Passwords are
 * stored only as a Spring Security {@link DelegatingPasswordEncoder} hash with Argon2 as
 * its default.
 */
@Service
public final class OperatorAccounts {

	/** The shortest password accepted. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	static final int MAX_PASSWORD_LENGTH = 256;

	static final int MAX_USERNAME_LENGTH = 100;

	static final int MAX_DISPLAY_NAME_LENGTH = 200;

	private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_USERNAME_LENGTH + "}");

	private static final Logger logger = LoggerFactory.getLogger(OperatorAccounts.class);

	private final OperatorAccountRepository repository;

	private final OperatorTokens operatorTokens;

	private final Clock clock;

	private final PasswordEncoder passwordEncoder;

	OperatorAccounts(OperatorAccountRepository repository, OperatorTokens operatorTokens, Clock clock) {
		this.repository = repository;
		this.operatorTokens = operatorTokens;
		this.clock = clock;
		this.passwordEncoder = new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Whether set-up is over: an operator account exists.
	 */
	public boolean setupDone() {
		return this.repository.exists();
	}

	/**
	 * Creates the first operator account, for someone who holds an operator token (the
	 * bootstrap token printed at the first start).
	 * @throws OperatorAccountException if set-up is done, the token is not a valid
	 * operator token, or a field is not acceptable
	 */
	public OperatorAccount setUp(String operatorToken, String username, String displayName, String password) {
		if (setupDone()) {
			throw new OperatorAccountException("Set-up is done already: an operator account exists.");
		}
		if (this.operatorTokens.authenticate(operatorToken.strip()).isEmpty()) {
			throw new OperatorAccountException("That is not a valid operator token.");
		}
		OperatorAccount account = newAccount(username, displayName, password);
		try {
			this.repository.insertFirst(account, hash(password));
		}
		catch (DataIntegrityViolationException ex) {
			throw new OperatorAccountException("Set-up is done already: an operator account exists.");
		}
		logger.info("Created the first operator account {}", account.id());
		return account;
	}

	/**
	 * Creates another operator account.
	 * @throws OperatorAccountException if a field is not acceptable or the user name is
	 * taken
	 */
	public OperatorAccount create(String username, String displayName, String password) {
		OperatorAccount account = newAccount(username, displayName, password);
		try {
			this.repository.insert(account, hash(password));
		}
		catch (DataIntegrityViolationException ex) {
			throw new OperatorAccountException("The user name " + account.username() + " is taken.");
		}
		logger.info("Created operator account {}", account.id());
		return account;
	}

	/**
	 * Every operator account, by user name.
	 */
	public List<OperatorAccount> list() {
		return this.repository.findAll();
	}

	/**
	 * The account with this id, if any.
	 */
	public Optional<OperatorAccount> find(UUID id) {
		return this.repository.findById(id);
	}

	/**
	 * Lets an account sign in again, or stops it from signing in; a signed-in session of
	 * a disabled account ends at its next request.
	 * @param actingAccountId the operator doing this, who cannot disable themself
	 */
	public void setEnabled(UUID accountId, boolean enabled, UUID actingAccountId) {
		if (!enabled && accountId.equals(actingAccountId)) {
			throw new OperatorAccountException("You cannot disable your own account.");
		}
		if (!this.repository.updateEnabled(accountId, enabled)) {
			throw new OperatorAccountException("There is no such operator account.");
		}
		if (enabled) {
			logger.info("Enabled operator account {}", accountId);
		}
		else {
			logger.info("Disabled operator account {}", accountId);
		}
	}

	/**
	 * Gives an account a new password.
	 */
	public void resetPassword(UUID accountId, String password) {
		checkPassword(password);
		if (!this.repository.updatePasswordHash(accountId, hash(password))) {
			throw new OperatorAccountException("There is no such operator account.");
		}
		logger.info("Reset the password of operator account {}", accountId);
	}

	/**
	 * The operator signing in with this user name, with the password hash to check.
	 * @throws UsernameNotFoundException if there is no such account
	 */
	ConsoleOperator loadForSignIn(String username) {
		return this.repository.findForSignIn(username)
			.orElseThrow(() -> new UsernameNotFoundException("No operator account with this user name"));
	}

	/**
	 * Whether the account exists and is disabled, checked on each request of a session.
	 */
	boolean isDisabled(UUID accountId) {
		return this.repository.findById(accountId).map((account) -> !account.enabled()).orElse(false);
	}

	void recordSignIn(UUID accountId) {
		this.repository.recordSignIn(accountId, now());
	}

	PasswordEncoder passwordEncoder() {
		return this.passwordEncoder;
	}

	private OperatorAccount newAccount(String username, String displayName, String password) {
		String checkedUsername = username.strip();
		if (!USERNAME.matcher(checkedUsername).matches()) {
			throw new OperatorAccountException(
					"The user name must be 1 to " + MAX_USERNAME_LENGTH + " letters, digits or . _ @ - characters.");
		}
		String checkedDisplayName = displayName.strip();
		if (checkedDisplayName.isEmpty() || checkedDisplayName.length() > MAX_DISPLAY_NAME_LENGTH
				|| checkedDisplayName.chars().anyMatch(Character::isISOControl)) {
			throw new OperatorAccountException(
					"The display name must be 1 to " + MAX_DISPLAY_NAME_LENGTH + " characters long.");
		}
		checkPassword(password);
		return new OperatorAccount(UUID.randomUUID(), checkedUsername, checkedDisplayName, true, now(), null);
	}

	private static void checkPassword(String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new OperatorAccountException(
					"The password must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
		}
		if (password.length() > MAX_PASSWORD_LENGTH) {
			throw new OperatorAccountException(
					"The password must be at most " + MAX_PASSWORD_LENGTH + " characters long.");
		}
	}

	private String hash(String password) {
		// only a null password hashes to null
		return Objects.requireNonNull(this.passwordEncoder.encode(password));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
