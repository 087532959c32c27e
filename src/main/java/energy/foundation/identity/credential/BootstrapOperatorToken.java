package energy.foundation.identity.credential;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives the first operator a way in. A token from
 * {@code FOUNDATION_BOOTSTRAP_OPERATOR_TOKEN} is made valid at every start; without one,
 * and when no operator token is active, a token is generated, written to
 * {@code bootstrap-operator-token} in the data directory (readable by the owner only) and
 * printed once to standard output, never to the log.
 */
@Component
class BootstrapOperatorToken implements ApplicationRunner {

	static final String FILE_NAME = "bootstrap-operator-token";

	static final String LABEL = "bootstrap";

	private static final Logger logger = LoggerFactory.getLogger(BootstrapOperatorToken.class);

	private final OperatorTokens operatorTokens;

	private final CredentialProperties properties;

	private final PrintStream console;

	@Autowired
	BootstrapOperatorToken(OperatorTokens operatorTokens, CredentialProperties properties) {
		this(operatorTokens, properties, System.out);
	}

	BootstrapOperatorToken(OperatorTokens operatorTokens, CredentialProperties properties, PrintStream console) {
		this.operatorTokens = operatorTokens;
		this.properties = properties;
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments args) {
		String configured = this.properties.bootstrapOperatorToken();
		if (configured != null && !configured.isEmpty()) {
			ensureConfigured(configured);
		}
		else if (!this.operatorTokens.hasActiveToken()) {
			generate();
		}
	}

	private void ensureConfigured(String token) {
		OperatorTokens.Ensured outcome;
		try {
			outcome = this.operatorTokens.ensure(token, LABEL);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"FOUNDATION_BOOTSTRAP_OPERATOR_TOKEN (foundation.bootstrap-operator-token) " + ex.getMessage(), ex);
		}
		if (outcome == OperatorTokens.Ensured.REVOKED) {
			logger.warn("The configured bootstrap operator token has been revoked and stays revoked");
		}
	}

	private void generate() {
		Path file = this.properties.dataDir().resolve(FILE_NAME).toAbsolutePath();
		String token = this.operatorTokens.newToken();
		// The file comes first: a stored token nobody can read would lock every operator
		// out.
		try {
			Files.deleteIfExists(file);
			PrivateFiles.createNew(file, token + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the bootstrap operator token to " + file, ex);
		}
		print(this.operatorTokens.issue(LABEL, token), file);
	}

	private void print(IssuedOperatorToken issued, Path file) {
		String rule = "=".repeat(78);
		String banner = "\n" + rule + "\n"
				+ "  Foundation Identity generated the first operator token. It is shown only now.\n"
				+ "  It is also stored, readable by this user only, in\n" + "    " + file + "\n"
				+ "  Use it as a bearer token on /operator/api:\n\n" + "    " + issued.token() + "\n" + rule + "\n\n";
		this.console.print(banner);
		this.console.flush();
	}

}
