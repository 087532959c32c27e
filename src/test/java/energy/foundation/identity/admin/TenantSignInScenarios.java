package energy.foundation.identity.admin;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.support.LocalIdentityProvider;
import energy.foundation.identity.support.LocalIdentityProvider.SignInClaims;
import energy.foundation.identity.support.WebSession;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant administrators signing in through the real OpenID Connect code flow against an
 * in-process provider, run on each database by a subclass.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.servlet.session.cookie.secure=false")
abstract class TenantSignInScenarios {

	private static final LocalIdentityProvider provider = LocalIdentityProvider.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private Organisations organisations;

	@Autowired
	private DSLContext dsl;

	private WebSession browser;

	private Organisation bystander;

	@BeforeEach
	void setUp() {
		this.browser = new WebSession("http://localhost:" + this.port);
		// Another organisation that no refusal page may mention.
		this.bystander = this.organisations.create("Bystander " + UUID.randomUUID(), UUID.randomUUID().toString());
	}

	@Test
	void signInWhenTenantAdministratorOfActiveOrganisationThenLandsOnAdminWithOrganisation() {
		Organisation organisation = onboard("Contoso");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()).withName("Avery Ng"));

		HttpResponse<String> page = this.browser.signInWithEntra();

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/admin");
		assertThat(page.body()).contains(organisation.name()).contains("Avery Ng");
	}

	@Test
	void signInWhenAcceptedThenRecordedInAuditLog() {
		Organisation organisation = onboard("Proseware");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));

		this.browser.signInWithEntra();

		assertThat(this.dsl.fetchCount(DSL.table("audit_log"),
				DSL.field("organisation_id", UUID.class)
					.eq(organisation.id())
					.and(DSL.field("action", String.class).eq("tenant-administrator.signed-in"))))
			.isEqualTo(1);
	}

	@Test
	void signInWhenOrganisationSuspendedThenRefused() {
		Organisation organisation = onboard("Contoso Suspended");
		this.organisations.suspend(organisation.id());
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));

		HttpResponse<String> page = this.browser.signInWithEntra();

		assertRefused(page, "Your organisation is suspended");
		assertThat(page.body()).doesNotContain(organisation.name());
	}

	@Test
	void signInWhenAcceptedThenSessionIdChanges() {
		Organisation organisation = onboard("Fabrikam");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));
		this.browser.get("/sign-in");
		String before = this.browser.sessionId();

		this.browser.signInWithEntra();

		assertThat(before).isNotNull();
		assertThat(this.browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void signInWhenTenantNotOnboardedThenRefusedWithTenantIdOnly() {
		UUID unknownTenant = UUID.randomUUID();
		provider.signInAs(SignInClaims.tenantAdministrator(unknownTenant));

		HttpResponse<String> page = this.browser.signInWithEntra();

		assertRefused(page, "Your organisation is not onboarded");
		assertThat(page.body()).contains(unknownTenant.toString());
	}

	@Test
	void signInWhenRoleMissingThenRefusedWithHowToAssignIt() {
		Organisation organisation = onboard("Northwind");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()).withRoles(List.of("Reader")));

		HttpResponse<String> page = this.browser.signInWithEntra();

		assertRefused(page, "Tenant Administrator role not assigned");
		assertThat(page.body()).contains("Users and groups").doesNotContain(organisation.name());
	}

	@Test
	void signInWhenIssuerIsNotTheTenantsThenRefusedAsTokenProblem() {
		Organisation organisation = onboard("Tailspin");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId())
			.withIssuer(provider.issuerFor(UUID.randomUUID())));

		HttpResponse<String> page = this.browser.signInWithEntra();

		assertRefused(page, "The sign-in could not be verified");
		assertThat(page.body()).doesNotContain(organisation.name());
	}

	@Test
	void adminWhenRefusedThenStillRedirectsToSignIn() {
		provider.signInAs(SignInClaims.tenantAdministrator(UUID.randomUUID()));
		this.browser.signInWithEntra();

		HttpResponse<String> page = this.browser.get("/admin");

		assertThat(page.uri().getPath()).isEqualTo("/sign-in");
	}

	@Test
	void signOutWhenPostedWithCsrfTokenThenSessionEnds() {
		Organisation organisation = onboard("Litware");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));
		HttpResponse<String> admin = this.browser.signInWithEntra();

		HttpResponse<String> signedOut = this.browser.post("/sign-out", Map.of(), admin);

		assertThat(signedOut.uri().getPath()).isEqualTo("/");
		assertThat(signedOut.body()).contains("You are signed out");
		assertThat(this.browser.get("/admin").uri().getPath()).isEqualTo("/sign-in");
	}

	@Test
	void signOutWhenPostedWithoutCsrfTokenThenForbiddenAndStillSignedIn() {
		Organisation organisation = onboard("Adventure Works");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));
		this.browser.signInWithEntra();

		HttpResponse<String> refused = this.browser.post("/sign-out", Map.of(), null);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.browser.get("/admin").body()).contains(organisation.name());
	}

	@Test
	void signInPageWhenClientConfiguredThenLinksToEntra() {
		HttpResponse<String> page = this.browser.get("/sign-in");

		assertThat(page.body()).contains("href=\"/oauth2/authorization/entra\"")
			.contains("Sign in with Microsoft Entra")
			.doesNotContain("not set up");
	}

	@Test
	void operatorConsoleWhenTenantAdministratorThenForbiddenPage() {
		Organisation organisation = onboard("Wingtip");
		provider.signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));
		this.browser.signInWithEntra();

		HttpResponse<String> page = this.browser.get("/operator/accounts");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("You may not open this page").doesNotContain("Exception");
	}

	private Organisation onboard(String name) {
		return this.organisations.create(name + " " + UUID.randomUUID(), UUID.randomUUID().toString());
	}

	private void assertRefused(HttpResponse<String> page, String heading) {
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/sign-in/refused");
		assertThat(page.body()).contains(heading).doesNotContain(this.bystander.name());
	}

}
