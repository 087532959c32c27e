package energy.foundation.identity.credential;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.organisation.Organisations;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Nodes sharing a database, started for real one after the other: a node configured with
 * another credential hash key than the first one refuses to start and says which setting
 * to fix; a node with the same key starts and accepts the first one's credentials.
 * Subclasses choose the database, a fresh one for every test.
 */
abstract class CredentialHashKeyCheckSuite {

	private final String firstKey = randomKey();

	/**
	 * Arguments that point the service at a fresh database, the same on every call of one
	 * test.
	 */
	abstract List<String> database();

	@Test
	void runWhenNodeHasAnotherHashKeyThenStartFailsNamingTheSetting() {
		start(this.firstKey).close();

		assertThatException().isThrownBy(() -> start(randomKey()))
			.withStackTraceContaining("FOUNDATION_CREDENTIALS_HASH_KEY")
			.withStackTraceContaining("same key");
	}

	@Test
	void runWhenNodeHasSameHashKeyThenStartsAndAcceptsCredentialsIssuedBefore() {
		UUID organisation;
		IssuedCredential issued;
		try (ConfigurableApplicationContext first = start(this.firstKey)) {
			organisation = first.getBean(Organisations.class).create("Contoso", UUID.randomUUID().toString()).id();
			issued = first.getBean(ScimCredentials.class).issue(organisation, "Entra", null, null);
		}
		assertThatException().isThrownBy(() -> start(randomKey()));

		try (ConfigurableApplicationContext second = start(this.firstKey)) {
			assertThat(second.getBean(ScimCredentials.class).authenticate(organisation, issued.secret())).isPresent();
		}
	}

	private ConfigurableApplicationContext start(String hashKey) {
		List<String> arguments = new ArrayList<>(database());
		arguments.add("--foundation.credentials.hash-key=" + hashKey);
		arguments.add("--spring.main.banner-mode=off");
		return new SpringApplicationBuilder(FoundationIdentityApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
