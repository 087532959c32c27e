package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.FoundationIdentityApplication;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The first operator token, across real starts and restarts of the service on the
 * embedded default database.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapOperatorTokenIntegrationTests {

	private static final String BANNER = "generated the first operator token";

	private final Path dataDir = TestDatabases.newDataDir();

	@Test
	void runWhenNoTokenConfiguredThenGeneratedPrintedOnceAndStoredOwnerOnly(CapturedOutput output) throws Exception {
		Path file = this.dataDir.resolve("bootstrap-operator-token");

		try (ConfigurableApplicationContext context = start()) {
			String token = Files.readString(file, StandardCharsets.UTF_8).strip();

			assertThat(token).startsWith("fiop_").hasSize(48);
			assertThat(output.getOut()).contains(BANNER).contains(token);
			assertThat(output.getAll().split(token, -1)).hasSize(2);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(context.getBean(OperatorTokens.class).authenticate(token)).isPresent();
		}
	}

	@Test
	void runWhenRestartedWithStoredTokenActiveThenNothingNewPrinted(CapturedOutput output) throws Exception {
		Path file = this.dataDir.resolve("bootstrap-operator-token");
		start().close();
		String token = Files.readString(file, StandardCharsets.UTF_8);
		int printed = output.getOut().length();

		try (ConfigurableApplicationContext context = start()) {
			assertThat(output.getOut().substring(printed)).doesNotContain(BANNER);
			assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(token);
			assertThat(context.getBean(OperatorTokens.class).authenticate(token.strip())).isPresent();
		}
	}

	@Test
	void runWhenRestartedThenHashKeyReusedAndCredentialsStillWork() {
		UUID organisation;
		IssuedCredential issued;
		try (ConfigurableApplicationContext context = start()) {
			organisation = context.getBean(Organisations.class).create("Contoso", UUID.randomUUID().toString()).id();
			issued = context.getBean(ScimCredentials.class).issue(organisation, "Entra", null, null);
		}

		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(ScimCredentials.class).authenticate(organisation, issued.secret())).isPresent();
		}
	}

	@Test
	void runWhenTokenConfiguredThenItAuthenticatesAndNothingPrinted(CapturedOutput output) {
		String configured = "operator-token-from-the-environment-0123456789";

		try (ConfigurableApplicationContext context = start("--foundation.bootstrap-operator-token=" + configured)) {
			assertThat(context.getBean(OperatorTokens.class).authenticate(configured)).isPresent();
			assertThat(output.getAll()).doesNotContain(BANNER).doesNotContain(configured);
			assertThat(this.dataDir.resolve("bootstrap-operator-token")).doesNotExist();
		}
	}

	@Test
	void runWhenTokenConfiguredAgainThenStoredOnce() {
		String configured = "operator-token-from-the-environment-0123456789";
		start("--foundation.bootstrap-operator-token=" + configured).close();

		try (ConfigurableApplicationContext context = start("--foundation.bootstrap-operator-token=" + configured)) {
			Integer count = context.getBean(DSLContext.class).fetchCount(OperatorTokenRepository.OPERATOR_TOKEN);
			assertThat(count).isEqualTo(1);
		}
	}

	@Test
	void runWhenConfiguredTokenTooShortThenStartFailsWithReason(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--foundation.bootstrap-operator-token=too-short-token"))
			.withStackTraceContaining("FOUNDATION_BOOTSTRAP_OPERATOR_TOKEN")
			.withStackTraceContaining("at least 32 characters");
		assertThat(output.getAll()).doesNotContain("too-short-token");
	}

	private ConfigurableApplicationContext start(String... args) {
		List<String> arguments = new ArrayList<>(List.of(args));
		arguments.add("--foundation.data-dir=" + this.dataDir);
		arguments.add("--spring.main.banner-mode=off");
		return new SpringApplicationBuilder(FoundationIdentityApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

}
