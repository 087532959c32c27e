package energy.foundation.identity.scim;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of changed attributes, for the provisioning log.
 */
class AttributeChangesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	@Test
	void betweenWhenSubAttributeChangesThenDottedName() {
		assertThat(AttributeChanges.between(json("{\"name\":{\"givenName\":\"A\",\"familyName\":\"N\"}}"),
				json("{\"name\":{\"givenName\":\"B\",\"familyName\":\"N\"}}")))
			.containsExactly("name.givenName");
	}

	@Test
	void betweenWhenExtensionAttributesChangeThenUrnNames() {
		ObjectNode before = json("{\"" + ENTERPRISE + "\":{\"department\":\"a\",\"manager\":{\"value\":\"1\"}}}");
		ObjectNode after = json("{\"" + ENTERPRISE + "\":{\"department\":\"b\",\"manager\":{\"value\":\"2\"}}}");

		assertThat(AttributeChanges.between(before, after)).containsExactly(ENTERPRISE + ":department",
				ENTERPRISE + ":manager.value");
	}

	@Test
	void betweenWhenMultiValuedOrAddedOrRemovedThenTopLevelNames() {
		ObjectNode before = json("{\"emails\":[{\"value\":\"a@x\"}],\"title\":\"t\",\"nickName\":\"n\"}");
		ObjectNode after = json("{\"emails\":[{\"value\":\"b@x\"}],\"title\":\"t\",\"locale\":\"en\"}");

		assertThat(AttributeChanges.between(before, after)).containsExactly("emails", "nickName", "locale");
	}

	@Test
	void betweenWhenNothingBeforeThenEveryTopLevelName() {
		assertThat(AttributeChanges.between(null, json("{\"userName\":\"u\",\"name\":{\"givenName\":\"A\"}}")))
			.containsExactly("userName", "name");
	}

	@Test
	void betweenWhenEqualThenNothing() {
		assertThat(AttributeChanges.between(json("{\"userName\":\"u\"}"), json("{\"userName\":\"u\"}"))).isEmpty();
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

}
