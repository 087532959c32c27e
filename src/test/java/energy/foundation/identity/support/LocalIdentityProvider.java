package energy.foundation.identity.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OpenID Connect provider for tests that stands in for Microsoft Entra ID
 * (mock-oauth2-server on a random port of 127.0.0.1, one per test JVM), so that a test
 * signs in as a tenant administrator through the service's real sign-in: the
 * authorization code flow with PKCE, the ID token's signature checked against the
 * provider's keys, its issuer, audience and tenant, and the organisation and role checks.
 *
 * <p>
 * Use it in a {@code @SpringBootTest} with a web server:
 *
 * <pre class="code">
 * &#64;DynamicPropertySource
 * static void properties(DynamicPropertyRegistry registry) {
 *     TestDatabases.h2(registry);
 *     LocalIdentityProvider.shared().register(registry);
 * }
 *
 * &#64;Test
 * void adminWhenSignedInThenShowsOrganisation() {
 *     Organisation organisation = organisations.create("Contoso", UUID.randomUUID().toString());
 *     LocalIdentityProvider.shared().signInAs(SignInClaims.tenantAdministrator(organisation.entraTenantId()));
 *     // open /oauth2/authorization/entra (or press "Sign in with Microsoft Entra ID" on /sign-in);
 *     // the provider answers at once, without a login page, and the browser lands on /admin
 * }
 * </pre>
 *
 * <p>
 * {@link #signInAs(SignInClaims)} decides the claims of every sign-in that follows, until
 * it is called again; tests that sign in set it first. The provider skips its login page,
 * so a browser test needs no extra step. The session cookie must not be {@code Secure}
 * when a client other than a browser talks plain HTTP to the service: add
 * {@code server.servlet.session.cookie.secure=false} to the test's properties for
 * {@link java.net.http.HttpClient} (Chromium treats {@code http://localhost} as secure).
 */
public final class LocalIdentityProvider {

	/** The client id the service is registered with at this provider. */
	public static final String CLIENT_ID = "foundation-identity-tests";

	/** The app role value that makes a tenant administrator (the service's default). */
	public static final String TENANT_ADMINISTRATOR_ROLE = "Tenant.Administrator";

	private static final String CLIENT_SECRET = "test-client-secret";

	private static final String ISSUER_ID = "entra";

	private static @Nullable LocalIdentityProvider shared;

	private final MockOAuth2Server server;

	private final AtomicReference<SignInClaims> next;

	private LocalIdentityProvider() {
		this.next = new AtomicReference<>(SignInClaims.tenantAdministrator(UUID.randomUUID()));
		OAuth2Config config = new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(),
				Set.of(new ClaimsCallback(this)));
		this.server = new MockOAuth2Server(config);
	}

	/**
	 * The provider of this test JVM, started on first use and stopped when the JVM exits.
	 */
	public static synchronized LocalIdentityProvider shared() {
		LocalIdentityProvider provider = shared;
		if (provider == null) {
			provider = new LocalIdentityProvider();
			provider.start();
			shared = provider;
		}
		return provider;
	}

	/**
	 * Points the service's {@code foundation.sign-in.entra} settings at this provider.
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("foundation.sign-in.entra.client-id", () -> CLIENT_ID);
		registry.add("foundation.sign-in.entra.client-secret", () -> CLIENT_SECRET);
		registry.add("foundation.sign-in.entra.authorization-uri",
				() -> this.server.authorizationEndpointUrl(ISSUER_ID).toString());
		registry.add("foundation.sign-in.entra.token-uri", () -> this.server.tokenEndpointUrl(ISSUER_ID).toString());
		registry.add("foundation.sign-in.entra.jwk-set-uri", () -> this.server.jwksUrl(ISSUER_ID).toString());
		registry.add("foundation.sign-in.entra.issuer-template", this::issuerTemplate);
	}

	/**
	 * Decides the ID token claims of every sign-in from now on.
	 */
	public void signInAs(SignInClaims claims) {
		this.next.set(claims);
	}

	/**
	 * The issuer that the service accepts for a tenant: the provider's counterpart of
	 * {@code https://login.microsoftonline.com/{tid}/v2.0}.
	 */
	public String issuerFor(UUID tenantId) {
		return issuerTemplate().replace("{tid}", tenantId.toString());
	}

	private String issuerTemplate() {
		String base = this.server.baseUrl().toString();
		return (base.endsWith("/") ? base : base + "/") + "{tid}/v2.0";
	}

	private void start() {
		try {
			this.server.start(InetAddress.getByName("127.0.0.1"), 0);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::shutdown));
	}

	/**
	 * The claims of a sign-in, shaped as Entra ID issues them.
	 *
	 * @param tenantId the {@code tid} claim: the person's Entra tenant
	 * @param roles the {@code roles} claim: app role values assigned to the person
	 * @param name the {@code name} claim
	 * @param objectId the {@code oid} claim: the person's object id in the tenant
	 * @param issuer the {@code iss} claim, or {@code null} for the tenant's right issuer
	 */
	public record SignInClaims(UUID tenantId, List<String> roles, String name, UUID objectId, @Nullable String issuer) {

		/**
		 * A tenant administrator of the given Entra tenant.
		 */
		public static SignInClaims tenantAdministrator(UUID tenantId) {
			return new SignInClaims(tenantId, List.of(TENANT_ADMINISTRATOR_ROLE), "Avery Admin", UUID.randomUUID(),
					null);
		}

		/**
		 * The same person with other app roles.
		 */
		public SignInClaims withRoles(List<String> otherRoles) {
			return new SignInClaims(this.tenantId, otherRoles, this.name, this.objectId, this.issuer);
		}

		/**
		 * The same person with another display name.
		 */
		public SignInClaims withName(String otherName) {
			return new SignInClaims(this.tenantId, this.roles, otherName, this.objectId, this.issuer);
		}

		/**
		 * The same claims under another issuer, which the service must refuse.
		 */
		public SignInClaims withIssuer(String otherIssuer) {
			return new SignInClaims(this.tenantId, this.roles, this.name, this.objectId, otherIssuer);
		}

	}

	private record ClaimsCallback(LocalIdentityProvider provider) implements OAuth2TokenCallback {

		@Override
		public String issuerId() {
			return ISSUER_ID;
		}

		@Override
		public String subject(TokenRequest tokenRequest) {
			// Entra's sub is pairwise per app; the object id serves as well here.
			return "sub-" + this.provider.next.get().objectId();
		}

		@Override
		public String typeHeader(TokenRequest tokenRequest) {
			return "JWT";
		}

		@Override
		public List<String> audience(TokenRequest tokenRequest) {
			return List.of(CLIENT_ID);
		}

		@Override
		public Map<String, Object> addClaims(TokenRequest tokenRequest) {
			SignInClaims claims = this.provider.next.get();
			Map<String, Object> added = new HashMap<>();
			String issuer = claims.issuer();
			added.put("iss", (issuer != null) ? issuer : this.provider.issuerFor(claims.tenantId()));
			added.put("tid", claims.tenantId().toString());
			added.put("roles", claims.roles());
			added.put("name", claims.name());
			added.put("oid", claims.objectId().toString());
			added.put("preferred_username", "admin@" + claims.tenantId() + ".example");
			added.put("azp", CLIENT_ID);
			return added;
		}

		@Override
		public long tokenExpiry() {
			return 3600;
		}

	}

}
