package energy.foundation.identity.credential;

import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.InstanceRetiredException;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.UnknownInstanceException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Machine clients and token signing keys in the database, run on each database by a
 * subclass: clients stay within their organisation and instance, and every node sharing
 * the database and the hash key signs and verifies with the same keys, which are stored
 * encrypted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
abstract class MachineClientsScenarios {

	@Autowired
	private MachineClients clients;

	@Autowired
	private Organisations organisations;

	@Autowired
	private Instances instances;

	@Autowired
	private SecretHasher hasher;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private DirectoryApiProperties properties;

	private Instance instance;

	private Instance otherInstance;

	@BeforeEach
	void createInstances() {
		UUID organisation = this.organisations.create("Contoso " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		UUID otherOrganisation = this.organisations
			.create("Fabrikam " + UUID.randomUUID(), UUID.randomUUID().toString())
			.id();
		this.instance = this.instances.create(organisation, "Production");
		this.otherInstance = this.instances.create(otherOrganisation, "Production");
	}

	@Test
	void listWhenClientsOfSeveralOrganisationsThenOwnInstanceOnly() {
		IssuedMachineClient own = create(this.instance, "Backend");
		IssuedMachineClient foreign = create(this.otherInstance, "Fabrikam backend");

		List<MachineClient> listed = this.clients.list(this.instance.organisationId(), this.instance.id());

		assertThat(listed).extracting(MachineClient::id).containsExactly(own.id());
		assertThat(this.clients.find(this.instance.organisationId(), this.instance.id(), foreign.id())).isEmpty();
		assertThat(this.clients.find(this.instance.organisationId(), this.otherInstance.id(), foreign.id())).isEmpty();
		assertThat(this.clients.revoke(this.instance.organisationId(), this.otherInstance.id(), foreign.id()))
			.isFalse();
		assertThat(this.clients.principal(foreign.clientId())).isPresent();
	}

	@Test
	void createWhenDoneThenSecretStoredOnlyAsKeyedHash() {
		IssuedMachineClient issued = create(this.instance, "Backend");

		String stored = this.dsl.select(DSL.field(DSL.name("secret_hash"), String.class))
			.from(DSL.table(DSL.name("machine_client")))
			.where(DSL.field(DSL.name("id"), UUID.class).eq(issued.id()))
			.fetchSingle()
			.value1();

		assertThat(stored).isEqualTo(this.hasher.hash(issued.clientSecret())).doesNotContain(issued.clientSecret());
		assertThat(this.clients.secretMatches(issued.clientSecret(), stored)).isTrue();
		assertThat(this.clients.secretMatches(issued.clientSecret() + "x", stored)).isFalse();
		assertThat(issued.toString()).doesNotContain(issued.clientSecret());
	}

	@Test
	void createWhenInstanceOfAnotherOrganisationThenUnknownInstance() {
		assertThatExceptionOfType(UnknownInstanceException.class).isThrownBy(
				() -> this.clients.create(this.instance.organisationId(), this.otherInstance.id(), "Intruder", null));

		assertThat(this.clients.list(this.otherInstance.organisationId(), this.otherInstance.id())).isEmpty();
	}

	@Test
	void createWhenInstanceRetiredThenRefused() {
		this.instances.retire(this.instance.organisationId(), this.instance.id());

		assertThatExceptionOfType(InstanceRetiredException.class)
			.isThrownBy(() -> create(this.instance, "Late backend"));
	}

	@Test
	void principalWhenRevokedOrInstanceRetiredThenEmpty() {
		IssuedMachineClient revoked = create(this.instance, "Old backend");
		IssuedMachineClient retired = create(this.otherInstance, "Backend");
		this.clients.revoke(this.instance.organisationId(), this.instance.id(), revoked.id());
		this.instances.retire(this.otherInstance.organisationId(), this.otherInstance.id());

		assertThat(this.clients.principal(revoked.clientId())).isEmpty();
		assertThat(this.clients.principal(retired.clientId())).isEmpty();
	}

	@Test
	void tokensWhenSignedByOneNodeThenVerifiedByAnother() throws Exception {
		IssuedMachineClient issued = create(this.instance, "Backend");
		TokenSigningKeys first = new TokenSigningKeys(this.dsl, this.hasher, Clock.systemUTC(), this.properties);
		TokenSigningKeys second = new TokenSigningKeys(this.dsl, this.hasher, Clock.systemUTC(), this.properties);
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(issued.clientId())
			.audience(List.of(MachineClientTokens.AUDIENCE))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.claim(MachineClientTokens.ORGANISATION_CLAIM, this.instance.organisationId().toString())
			.claim(MachineClientTokens.INSTANCE_CLAIM, this.instance.id().toString())
			.build();

		Jwt token = new NimbusJwtEncoder(first.signing()).encode(JwtEncoderParameters.from(claims));
		MachineClientTokens otherNode = new MachineClientTokens(this.clients, second);
		Jwt decoded = otherNode.decoder().decode(token.getTokenValue());

		assertThat(decoded.getSubject()).isEqualTo(issued.clientId());
		assertThat(otherNode.authenticate(decoded))
			.hasValueSatisfying((principal) -> assertThat(principal.instanceId()).isEqualTo(this.instance.id()));
		assertThat(token.getHeaders().get("kid")).isEqualTo(keys(second).get(0).getKeyID());
	}

	@Test
	void keysWhenStoredThenPrivateKeyEncrypted() throws Exception {
		JWK key = keys(new TokenSigningKeys(this.dsl, this.hasher, Clock.systemUTC(), this.properties)).get(0);

		String stored = this.dsl.select(DSL.field(DSL.name("private_key"), String.class))
			.from(DSL.table(DSL.name("token_signing_key")))
			.where(DSL.field(DSL.name("key_id"), String.class).eq(key.getKeyID()))
			.fetchSingle()
			.value1();

		byte[] bytes = Base64.getDecoder().decode(stored);
		assertThat(bytes).isNotEqualTo(key.toRSAKey().toRSAPrivateKey().getEncoded());
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(bytes)));
	}

	@Test
	void keysWhenHashKeyDiffersThenRefusedWithHint() {
		keys(new TokenSigningKeys(this.dsl, this.hasher, Clock.systemUTC(), this.properties));
		byte[] otherKey = new byte[32];
		TokenSigningKeys otherNode = new TokenSigningKeys(this.dsl, new SecretHasher(otherKey), Clock.systemUTC(),
				this.properties);

		assertThatIllegalStateException().isThrownBy(() -> keys(otherNode))
			.withMessageContaining("foundation.credentials.hash-key");
	}

	private IssuedMachineClient create(Instance instance, String label) {
		return this.clients.create(instance.organisationId(), instance.id(), label, null);
	}

	private static List<JWK> keys(TokenSigningKeys keys) {
		return keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
	}

}
