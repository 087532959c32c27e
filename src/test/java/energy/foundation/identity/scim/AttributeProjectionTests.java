package energy.foundation.identity.scim;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class AttributeProjectionTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	private static ObjectNode user() {
		return (ObjectNode) MAPPER.readTree("""
				{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": "1", "userName": "avery@contoso.com",
				 "name": {"givenName": "Avery", "familyName": "Ng"},
				 "emails": [{"type": "work", "value": "avery@contoso.com", "primary": true}],
				 "%s": {"department": "Sales", "employeeNumber": "7"},
				 "meta": {"resourceType": "User"}}
				""".formatted(ENTERPRISE));
	}

	@Test
	void applyWhenAttributesListedThenKeepsOnlyThoseAndAlwaysReturned() {
		AttributeProjection projection = AttributeProjection.parse("userName", "");

		ObjectNode result = projection.apply(user());

		assertThat(result.propertyNames()).containsExactlyInAnyOrder("schemas", "id", "userName", "meta");
	}

	@Test
	void applyWhenSubAttributeListedThenKeepsOnlyThatSubAttribute() {
		AttributeProjection projection = AttributeProjection.parse("NAME.givenName,emails.value", "");

		ObjectNode result = projection.apply(user());

		assertThat(result.get("name").propertyNames()).containsExactly("givenName");
		assertThat(result.get("emails").get(0).propertyNames()).containsExactly("value");
	}

	@Test
	void applyWhenExtensionAttributeListedByUrnThenKeepsOnlyIt() {
		AttributeProjection projection = AttributeProjection.parse(ENTERPRISE + ":department", "");

		ObjectNode result = projection.apply(user());

		assertThat(result.get(ENTERPRISE).propertyNames()).containsExactly("department");
		assertThat(result.has("userName")).isFalse();
	}

	@Test
	void applyWhenWholeExtensionListedThenKeepsIt() {
		AttributeProjection projection = AttributeProjection.parse(ENTERPRISE, "");

		ObjectNode result = projection.apply(user());

		assertThat(result.get(ENTERPRISE).size()).isEqualTo(2);
	}

	@Test
	void applyWhenExcludedThenRemovesAttributeButNeverId() {
		AttributeProjection projection = AttributeProjection.parse("", "emails,id," + ENTERPRISE + ":department");

		ObjectNode result = projection.apply(user());

		assertThat(result.has("emails")).isFalse();
		assertThat(result.has("id")).isTrue();
		assertThat(result.get(ENTERPRISE).propertyNames()).containsExactly("employeeNumber");
	}

	@Test
	void includesWhenMembersExcludedThenFalse() {
		AttributeProjection projection = AttributeProjection.parse("", "members");

		assertThat(projection.includes("members")).isFalse();
		assertThat(projection.includes("displayName")).isTrue();
	}

	@Test
	void includesWhenOnlySubAttributeRequestedThenTrue() {
		AttributeProjection projection = AttributeProjection.parse("members.value", "");

		assertThat(projection.includes("members")).isTrue();
		assertThat(projection.includes("externalId")).isFalse();
	}

}
