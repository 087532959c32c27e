package energy.foundation.identity.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;

import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.TestDatabases;
import energy.foundation.identity.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local development sign-in: the in-process provider with its login page, the demo
 * organisation, and the banner that warns about it. The context is closed afterwards,
 * which stops the provider.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "foundation.local-sign-in.enabled=true", "server.servlet.session.cookie.secure=false" })
class LocalSignInIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private Organisations organisations;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.h2OfOwn(registry, "local-sign-in");
		int providerPort = freePort();
		registry.add("foundation.local-sign-in.port", () -> providerPort);
	}

	@Test
	void startWhenLocalSignInOnThenDemoOrganisationExists() {
		assertThat(this.organisations.findByEntraTenantId(LocalSignInProperties.DEMO_TENANT_ID))
			.hasValueSatisfying((organisation) -> assertThat(organisation.name()).isEqualTo("Demo Organisation"));
	}

	@Test
	void signInWhenNameTypedOnLoginPageThenLandsOnDemoOrganisationAdmin() {
		WebSession browser = new WebSession("http://localhost:" + this.port);
		HttpResponse<String> loginPage = browser.signInWithEntra();

		HttpResponse<String> admin = browser.post(loginPage.uri().toString(),
				Map.of("username", "Jordan Demo", "claims", ""), null);

		assertThat(loginPage.body()).contains("Mock OAuth2 Server Sign-in");
		assertThat(admin.uri().getPath()).isEqualTo("/admin");
		assertThat(admin.body()).contains("Demo Organisation").contains("Jordan Demo");
	}

	@Test
	void pageWhenLocalSignInOnThenShowsWarningBanner() {
		WebSession browser = new WebSession("http://localhost:" + this.port);

		HttpResponse<String> home = browser.get("/");

		assertThat(home.body()).contains("Local development sign-in is on");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
