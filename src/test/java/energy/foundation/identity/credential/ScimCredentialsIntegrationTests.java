package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import energy.foundation.identity.organisation.OrganisationStatus;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.UnknownOrganisationException;
import energy.foundation.identity.support.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SCIM credentials on PostgreSQL: each secret authenticates for its own organisation
 * only, and only while it is neither revoked nor expired.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
class ScimCredentialsIntegrationTests {

	@Autowired
	private ScimCredentials credentials;

	@Autowired
	private Organisations organisations;

	@Autowired
	private DSLContext dsl;

	@Value("${foundation.data-dir}")
	private Path dataDir;

	private UUID organisation;

	private UUID otherOrganisation;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@BeforeEach
	void createOrganisations() {
		this.organisation = this.organisations.create("Contoso", UUID.randomUUID().toString()).id();
		this.otherOrganisation = this.organisations.create("Fabrikam", UUID.randomUUID().toString()).id();
	}

	@Test
	void authenticateWhenSecretOfOrganisationThenPrincipal() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);

		assertThat(this.credentials.authenticate(this.organisation, issued.secret()))
			.contains(new ScimPrincipal(this.organisation, issued.id(), issued.prefix(), OrganisationStatus.ACTIVE));
	}

	@Test
	void authenticateWhenSecretOfOtherOrganisationThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.otherOrganisation, "Entra", null, null);

		assertThat(this.credentials.authenticate(this.organisation, issued.secret())).isEmpty();
	}

	@Test
	void authenticateWhenOrganisationUnknownThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);

		assertThat(this.credentials.authenticate(UUID.randomUUID(), issued.secret())).isEmpty();
	}

	@Test
	void authenticateWhenRevokedThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);

		this.credentials.revoke(this.organisation, issued.id());

		assertThat(this.credentials.authenticate(this.organisation, issued.secret())).isEmpty();
	}

	@Test
	void authenticateWhenExpiredThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra",
				Instant.now().plus(1, ChronoUnit.DAYS), null);

		set(issued.id(), ScimCredentialRepository.EXPIRES_AT, Instant.now().minus(1, ChronoUnit.HOURS));

		assertThat(this.credentials.authenticate(this.organisation, issued.secret())).isEmpty();
	}

	@Test
	void authenticateWhenExpiryInFutureThenPrincipal() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra",
				Instant.now().plus(1, ChronoUnit.DAYS), null);

		assertThat(this.credentials.authenticate(this.organisation, issued.secret())).isPresent();
	}

	@Test
	void authenticateWhenSecretChangedInOneCharacterThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);
		String secret = issued.secret();
		char last = secret.charAt(secret.length() - 1);
		String altered = secret.substring(0, secret.length() - 1) + ((last == 'A') ? 'B' : 'A');

		assertThat(this.credentials.authenticate(this.organisation, altered)).isEmpty();
	}

	@Test
	void authenticateWhenNotShapedLikeSecretThenEmpty() {
		assertThat(this.credentials.authenticate(this.organisation, "not a secret")).isEmpty();
	}

	@Test
	void authenticateWhenUsedAgainWithinMinuteThenLastUseNotRewritten() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);
		this.credentials.authenticate(this.organisation, issued.secret());
		Instant firstUse = lastUsedAt(issued.id());

		this.credentials.authenticate(this.organisation, issued.secret());

		assertThat(firstUse).isNotNull();
		assertThat(lastUsedAt(issued.id())).isEqualTo(firstUse);
	}

	@Test
	void authenticateWhenLastUseOlderThanMinuteThenRecorded() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);
		Instant longAgo = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
		set(issued.id(), ScimCredentialRepository.LAST_USED_AT, longAgo);

		this.credentials.authenticate(this.organisation, issued.secret());

		assertThat(lastUsedAt(issued.id())).isAfter(longAgo);
	}

	@Test
	void issueWhenIssuedThenOnlyKeyedHashAndPrefixStored() throws Exception {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);

		Record row = this.dsl.fetchOne("select * from scim_credential where id = ?", issued.id());

		assertThat(row).isNotNull();
		assertThat(row.intoList()).noneMatch((value) -> String.valueOf(value).contains(issued.secret()));
		assertThat(row.get("secret_prefix", String.class)).isEqualTo(issued.secret().substring(0, 12));
		assertThat(row.get("secret_hash", String.class)).isEqualTo(hmac(issued.secret()));
	}

	@Test
	void issueWhenKeyGeneratedThenKeyFileOwnerOnly() throws Exception {
		Path keyFile = this.dataDir.resolve("credential-hash.key");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
	}

	@Test
	void issueWhenIssuedThenSecretHasPrefixAnd256RandomBits() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);

		assertThat(issued.secret()).startsWith("fisc_");
		assertThat(Base64.getUrlDecoder().decode(issued.secret().substring(5))).hasSize(32);
		assertThat(issued.toString()).doesNotContain(issued.secret());
	}

	@Test
	void issueWhenOrganisationUnknownThenUnknownOrganisation() {
		assertThatExceptionOfType(UnknownOrganisationException.class)
			.isThrownBy(() -> this.credentials.issue(UUID.randomUUID(), "Entra", null, null));
	}

	@Test
	void issueWhenLabelBlankThenInvalid() {
		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> this.credentials.issue(this.organisation, " ", null, null))
			.withMessage("label must not be blank");
	}

	@Test
	void issueWhenExpiryPastThenInvalid() {
		Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);

		assertThatExceptionOfType(InvalidCredentialException.class)
			.isThrownBy(() -> this.credentials.issue(this.organisation, "Entra", past, null))
			.withMessage("expiresAt must be in the future");
	}

	@Test
	void listWhenOtherOrganisationHasCredentialsThenOnlyOwn() {
		IssuedCredential own = this.credentials.issue(this.organisation, "Entra", null, null);
		this.credentials.issue(this.otherOrganisation, "Okta", null, null);

		assertThat(this.credentials.list(this.organisation)).extracting(ScimCredential::id).containsExactly(own.id());
	}

	@Test
	void listWhenRevokedThenShownRevoked() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);
		this.credentials.revoke(this.organisation, issued.id());

		assertThat(this.credentials.list(this.organisation)).singleElement()
			.satisfies((credential) -> assertThat(credential.revoked()).isTrue());
	}

	@Test
	void revokeWhenCredentialOfOtherOrganisationThenNotFoundAndStillValid() {
		IssuedCredential issued = this.credentials.issue(this.otherOrganisation, "Entra", null, null);

		boolean found = this.credentials.revoke(this.organisation, issued.id());

		assertThat(found).isFalse();
		assertThat(this.credentials.authenticate(this.otherOrganisation, issued.secret())).isPresent();
	}

	@Test
	void revokeWhenRevokedAlreadyThenFoundAndRevokedAtKept() {
		IssuedCredential issued = this.credentials.issue(this.organisation, "Entra", null, null);
		this.credentials.revoke(this.organisation, issued.id());
		Instant revokedAt = this.credentials.find(this.organisation, issued.id()).orElseThrow().revokedAt();

		boolean found = this.credentials.revoke(this.organisation, issued.id());

		assertThat(found).isTrue();
		assertThat(this.credentials.find(this.organisation, issued.id()).orElseThrow().revokedAt())
			.isEqualTo(revokedAt);
	}

	@Test
	void findWhenCredentialOfOtherOrganisationThenEmpty() {
		IssuedCredential issued = this.credentials.issue(this.otherOrganisation, "Entra", null, null);

		assertThat(this.credentials.find(this.organisation, issued.id())).isEmpty();
	}

	private @Nullable Instant lastUsedAt(UUID id) {
		return this.dsl.select(ScimCredentialRepository.LAST_USED_AT)
			.from(ScimCredentialRepository.SCIM_CREDENTIAL)
			.where(ScimCredentialRepository.ID.eq(id))
			.fetchOne(ScimCredentialRepository.LAST_USED_AT);
	}

	private void set(UUID id, Field<Instant> field, Instant value) {
		this.dsl.update(ScimCredentialRepository.SCIM_CREDENTIAL)
			.set(field, value)
			.where(ScimCredentialRepository.ID.eq(id))
			.execute();
	}

	private String hmac(String secret) throws Exception {
		String key = Files.readString(this.dataDir.resolve("credential-hash.key"), StandardCharsets.UTF_8).strip();
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
	}

}
