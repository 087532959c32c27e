package energy.foundation.identity.credential;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.support.DirectoryApiTests;
import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.MachineClientCredentials;
import energy.foundation.identity.support.MovableClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotation of the token signing keys over HTTP and between nodes sharing the database,
 * run on each database by a subclass in a database of its own, with a clock the tests
 * move on: a rotation through the operator API makes a new key sign at once, tokens of
 * the retired key work until they have expired, and then the retired key leaves the JWK
 * Set and its tokens are refused.
 */
@Import(SigningKeyRotationScenarios.MovableClockConfiguration.class)
abstract class SigningKeyRotationScenarios extends DirectoryApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ROTATE = "/token-signing-keys/rotate";

	@Autowired
	private MovableClock clock;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private SecretHasher hasher;

	@Autowired
	private DirectoryApiProperties properties;

	@Autowired
	private TokenSigningKeys keys;

	@Autowired
	private AuditLog auditLog;

	@Test
	void rotateWhenAskedThenNewTokensCarryNewKeyAndOldTokensStillWork() {
		MachineClientCredentials client = onboardInstance("Contoso");
		rereadKeys();
		String before = accessToken(client);

		HttpResult rotated = rotate();

		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		String signingKeyId = rotated.json().get("signingKeyId").asString();
		JsonNode retired = rotated.json().get("retiredKeys");
		assertThat(retired).hasSize(1);
		assertThat(retired.get(0).get("keyId").asString()).isEqualTo(keyId(before));
		String after = accessToken(client);
		assertThat(keyId(after)).isEqualTo(signingKeyId);
		assertThat(users(before).status()).isEqualTo(200);
		assertThat(users(after).status()).isEqualTo(200);
		assertThat(publishedKeyIds()).contains(keyId(before), signingKeyId);
	}

	@Test
	void rotateWhenRetiredKeyExpiredThenLeftOutOfJwkSetAndItsTokensRefused() {
		MachineClientCredentials client = onboardInstance("Contoso");
		rereadKeys();
		String before = accessToken(client);
		HttpResult rotated = rotate();
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		Duration lifetime = this.properties.accessTokenTimeToLive().plus(TokenSigningKeys.RETIREMENT_MARGIN);

		this.clock.moveOn(lifetime.minusSeconds(5));
		List<String> nearlyExpired = publishedKeyIds();
		int stillWorking = users(before).status();
		this.clock.moveOn(Duration.ofSeconds(10));
		List<String> expired = publishedKeyIds();
		HttpResult refused = users(before);

		assertThat(nearlyExpired).contains(keyId(before));
		assertThat(stillWorking).isEqualTo(200);
		assertThat(expired).doesNotContain(keyId(before)).contains(rotated.json().get("signingKeyId").asString());
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
		assertThat(users(accessToken(client)).status()).isEqualTo(200);
	}

	@Test
	void deleteExpiredWhenRetiredKeyExpiredThenDeletedAndSigningKeyKept() {
		String retiredKeyId = rotate().json().get("retiredKeys").get(0).get("keyId").asString();
		String signingKeyId = rotate().json().get("signingKeyId").asString();
		Duration lifetime = this.properties.accessTokenTimeToLive().plus(TokenSigningKeys.RETIREMENT_MARGIN);

		int beforeExpiry = this.keys.deleteExpired(this.clock.instant().plus(lifetime).minusSeconds(5));
		int afterExpiry = this.keys.deleteExpired(this.clock.instant().plus(lifetime).plusSeconds(5));

		assertThat(beforeExpiry).isZero();
		assertThat(afterExpiry).isGreaterThanOrEqualTo(2);
		assertThat(storedKeyIds()).containsExactly(signingKeyId).doesNotContain(retiredKeyId);
	}

	@Test
	void rotateWhenTwoNodesRotateAtOnceThenExactlyOneSigningKey() throws Exception {
		TokenSigningKeys first = node(this.clock);
		TokenSigningKeys second = node(this.clock);
		RSAKey firstKey = first.generate();
		RSAKey secondKey = second.generate();
		CountDownLatch retiredUncommitted = new CountDownLatch(1);

		RotatedSigningKeys secondRotation;
		CompletableFuture<RotatedSigningKeys> firstRotation;
		try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
			firstRotation = CompletableFuture.supplyAsync(() -> this.dsl.transactionResult((transaction) -> {
				RotatedSigningKeys rotated = first.rotate(transaction.dsl(), firstKey);
				retiredUncommitted.countDown();
				// meanwhile the second node's rotation waits for this one's row lock
				pause(Duration.ofSeconds(1));
				return rotated;
			}), executor);
			retiredUncommitted.await();
			secondRotation = second.rotate(secondKey);
		}

		assertThat(signingKeyIds()).containsExactly(secondKey.getKeyID());
		assertThat(secondRotation.retiredKeys()).extracting(TokenSigningKey::keyId)
			.containsExactly(firstKey.getKeyID());
		assertThat(firstRotation.get().signingKey().keyId()).isEqualTo(firstKey.getKeyID());
		assertThat(signingKeyId(node(this.clock))).isEqualTo(secondKey.getKeyID());
	}

	@Test
	void rotateWhenTwoThreadsRotateAtOnceThenExactlyOneSigningKey() throws Exception {
		TokenSigningKeyRotation rotation = new TokenSigningKeyRotation(this.keys);
		CyclicBarrier start = new CyclicBarrier(2);

		List<CompletableFuture<RotatedSigningKeys>> rotations;
		try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
			rotations = List.of(rotateAfter(start, rotation, executor), rotateAfter(start, rotation, executor));
			CompletableFuture.allOf(rotations.toArray(CompletableFuture[]::new)).get();
		}

		assertThat(signingKeyIds()).hasSize(1);
		assertThat(rotations).extracting((rotated) -> rotated.join().signingKey().keyId())
			.contains(signingKeyIds().get(0));
	}

	@Test
	void signingWhenAnotherNodeRotatedThenNewKeyWithinRefreshInterval() throws Exception {
		MovableClock nodeClock = this.clock.copy();
		TokenSigningKeys node = node(nodeClock);
		String before = signingKeyId(node);

		RotatedSigningKeys rotated = node(this.clock).rotate();
		String soonAfter = signingKeyId(node);
		nodeClock.moveOn(TokenSigningKeys.REFRESH_INTERVAL.plusSeconds(1));
		String afterRefresh = signingKeyId(node);

		assertThat(before).isEqualTo(rotated.retiredKeys().get(0).keyId());
		assertThat(soonAfter).isEqualTo(before);
		assertThat(afterRefresh).isEqualTo(rotated.signingKey().keyId());
	}

	@Test
	void jwkSetWhenAnotherNodeRotatedThenNewKeyWithinUnknownKeyInterval() {
		MovableClock nodeClock = this.clock.copy();
		TokenSigningKeys node = node(nodeClock);
		JWKSelector wholeSet = new JWKSelector(new JWKMatcher.Builder().build());
		node.get(wholeSet, null);

		RotatedSigningKeys rotated = node(this.clock).rotate();
		nodeClock.moveOn(Duration.ofSeconds(2));
		List<String> published = node.get(wholeSet, null).stream().map(JWK::getKeyID).toList();

		assertThat(published).contains(rotated.signingKey().keyId());
	}

	@Test
	void rotateWhenThroughOperatorApiThenAuditedWithKeyIdsOnly() {
		HttpResult rotated = rotate();

		AuditLogEntry entry = this.auditLog
			.search(new AuditLogQuery(null, null, "token-signing-key.rotated", null, null, null, 1))
			.entries()
			.get(0);
		String signingKeyId = rotated.json().get("signingKeyId").asString();
		String retiredKeyId = rotated.json().get("retiredKeys").get(0).get("keyId").asString();
		assertThat(entry.organisationId()).isNull();
		assertThat(entry.target()).isEqualTo(signingKeyId);
		assertThat(entry.detail()).isEqualTo("signing key " + signingKeyId + ", retired " + retiredKeyId);
		assertThat(entry.actor().name()).startsWith("operator token ");
	}

	/**
	 * Makes the service read the keys again, which the other nodes of some tests rotated
	 * behind its back.
	 */
	private void rereadKeys() {
		this.clock.moveOn(TokenSigningKeys.REFRESH_INTERVAL.plusSeconds(1));
	}

	private HttpResult rotate() {
		return operator().send("POST", ROTATE, Map.of(), null);
	}

	@Test
	void listWhenRotatedThenSigningKeyFirstThenRetiredWithExpiry() {
		JsonNode rotated = rotate().json();

		HttpResult response = operator().get("/token-signing-keys");

		assertThat(response.status()).isEqualTo(200);
		JsonNode signing = response.json().get(0);
		JsonNode retired = response.json().get(1);
		assertThat(signing.get("keyId").asString()).isEqualTo(rotated.get("signingKeyId").asString());
		assertThat(signing.get("status").asString()).isEqualTo("signing");
		assertThat(signing.get("verifiesUntil").isNull()).isTrue();
		assertThat(retired.get("keyId").asString())
			.isEqualTo(rotated.get("retiredKeys").get(0).get("keyId").asString());
		assertThat(retired.get("status").asString()).isEqualTo("retired");
		assertThat(retired.get("verifiesUntil").asString())
			.isEqualTo(rotated.get("retiredKeys").get(0).get("verifiesUntil").asString());
		assertThat(response.body()).doesNotContain("\"n\"", "\"d\"");
	}

	@Test
	void rotateWhenNotPostOrNoOperatorTokenThenRefusedWithProblem() {
		HttpResult get = operator().get(ROTATE);
		HttpResult anonymous = new HttpCaller(rootUrl() + "/operator/api", null).send("POST", ROTATE, Map.of(), null);

		assertThat(get.status()).isEqualTo(405);
		assertProblem(get, "");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
	}

	private TokenSigningKeys node(Clock nodeClock) {
		return new TokenSigningKeys(this.dsl, this.hasher, nodeClock, this.properties);
	}

	private HttpResult users(String accessToken) {
		return new HttpCaller(rootUrl() + "/api/v1", accessToken).get("/users");
	}

	private List<String> publishedKeyIds() {
		HttpResult jwkSet = new HttpCaller(rootUrl(), null).get("/oauth2/jwks");
		assertThat(jwkSet.status()).isEqualTo(200);
		List<String> keyIds = new ArrayList<>();
		jwkSet.json().get("keys").forEach((key) -> keyIds.add(key.get("kid").asString()));
		return keyIds;
	}

	private List<String> storedKeyIds() {
		return this.dsl.select(DSL.field(DSL.name("key_id"), String.class))
			.from(DSL.table(DSL.name("token_signing_key")))
			.fetch(0, String.class);
	}

	private static String signingKeyId(TokenSigningKeys node) throws Exception {
		return node.signing().get(new JWKSelector(new JWKMatcher.Builder().build()), null).get(0).getKeyID();
	}

	private static String keyId(String jwt) {
		String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
				StandardCharsets.UTF_8);
		return JSON.readTree(header).get("kid").asString();
	}

	private List<String> signingKeyIds() {
		return this.dsl.select(DSL.field(DSL.name("key_id"), String.class))
			.from(DSL.table(DSL.name("token_signing_key")))
			.where(DSL.field(DSL.name("retired_at")).isNull())
			.fetch(0, String.class);
	}

	private static CompletableFuture<RotatedSigningKeys> rotateAfter(CyclicBarrier start,
			TokenSigningKeyRotation rotation, ExecutorService executor) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return rotation.rotate();
		}, executor);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClockConfiguration {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}

	}

}
