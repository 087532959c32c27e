package energy.foundation.identity.scim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storage limits and filters as a SCIM client meets them over HTTP: resources with
 * thousands of values are stored, and filters either work or are refused with
 * {@code invalidFilter}, never answered with an empty list that hides matches. A second
 * organisation holds the same users and must never show up.
 */
abstract class StorageOverScimSuite extends LiveServiceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpCaller scim;

	private HttpCaller otherScim;

	private String run;

	@BeforeEach
	void onboardTwoOrganisations() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.scim = onboardOrganisation("Storage " + this.run).scim();
		this.otherScim = onboardOrganisation("Storage other " + this.run).scim();
	}

	@Test
	void createWhenFourThousandEmailsThenCreatedAndFound() {
		ObjectNode user = user("many").set("emails", emails(4000));

		HttpResult created = this.scim.post("/Users", user);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("emails")).hasSize(4000);
		assertThat(ids(filter("emails.value eq \"mail4000." + this.run + "@example.com\"")))
			.containsExactly(created.json().get("id").asString());
	}

	@Test
	void patchWhenItAddsFiveThousandEmailsThenApplied() {
		String id = create(this.scim, user("patched"));
		ObjectNode patch = JSON.createObjectNode();
		patch.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:PatchOp");
		patch.putArray("Operations").addObject().put("op", "add").put("path", "emails").set("value", emails(5000));

		HttpResult patched = this.scim.patch("/Users/" + id, patch);

		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(this.scim.get("/Users/" + id).json().get("emails")).hasSize(5000);
	}

	@Test
	void getWhenIdInUpperCaseThenNotFound() {
		String id = create(this.scim, user("cased"));

		HttpResult found = this.scim.get("/Users/" + id.toUpperCase(java.util.Locale.ROOT));

		assertThat(found.status()).isEqualTo(404);
		assertThat(this.scim.get("/Users/" + id).status()).isEqualTo(200);
	}

	@Test
	void listWhenMetaResourceTypeOrSchemasThenOwnUsersFound() {
		String id = create(this.scim, user("typed"));
		create(this.otherScim, user("typed"));

		assertThat(ids(filter("meta.resourceType eq \"User\""))).containsExactly(id);
		assertThat(ids(filter("schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\""))).containsExactly(id);
		assertThat(ids(filter("meta.resourceType eq \"Group\""))).isEmpty();
	}

	@Test
	void listWhenUndefinedAttributeComparedWithNumberThenFound() {
		String id = create(this.scim, user("custom").put("favouriteNumber", 7));
		create(this.otherScim, user("custom").put("favouriteNumber", 7));

		assertThat(ids(filter("favouriteNumber eq 7"))).containsExactly(id);
		assertThat(ids(filter("favouriteNumber gt 8"))).isEmpty();
	}

	@Test
	void listWhenMetaLocationComparedThenInvalidFilter() {
		HttpResult answer = this.scim.get("/Users?filter=" + encode("meta.location eq \"x\""));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("scimType").asString()).isEqualTo("invalidFilter");
	}

	@Test
	void listWhenNameComparedAsWholeThenInvalidFilter() {
		HttpResult answer = this.scim.get("/Users?filter=" + encode("name eq \"Alex\""));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("scimType").asString()).isEqualTo("invalidFilter");
	}

	private ObjectNode user(String name) {
		ObjectNode user = JSON.createObjectNode();
		user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
		user.put("userName", name + "." + this.run + "@example.com");
		return user;
	}

	private ArrayNode emails(int count) {
		ArrayNode emails = JSON.createArrayNode();
		for (int i = 1; i <= count; i++) {
			emails.addObject().put("type", "other").put("value", "mail" + i + "." + this.run + "@example.com");
		}
		return emails;
	}

	private static String create(HttpCaller caller, ObjectNode user) {
		HttpResult created = caller.post("/Users", user);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private HttpResult filter(String filter) {
		HttpResult answer = this.scim.get("/Users?filter=" + encode(filter));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	private static List<String> ids(HttpResult list) {
		return list.json().get("Resources").valueStream().map((user) -> user.get("id").asString()).toList();
	}

	private static String encode(String filter) {
		return URLEncoder.encode(filter, StandardCharsets.UTF_8);
	}

}
