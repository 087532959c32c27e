package energy.foundation.identity.scim.schema;

import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.AttributePath;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttributeNamesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void isNameWhenAttrnameGrammarThenTrue() {
		assertThat(AttributeNames.isName("userName")).isTrue();
		assertThat(AttributeNames.isName("x509Certificates")).isTrue();
		assertThat(AttributeNames.isName("cost_centre-2")).isTrue();
	}

	@Test
	void isNameWhenOutsideGrammarThenFalse() {
		assertThat(AttributeNames.isName("")).isFalse();
		assertThat(AttributeNames.isName("$ref")).isFalse();
		assertThat(AttributeNames.isName("2fa")).isFalse();
		assertThat(AttributeNames.isName("_id")).isFalse();
		assertThat(AttributeNames.isName("name.givenName")).isFalse();
		assertThat(AttributeNames.isName("given name")).isFalse();
		assertThat(AttributeNames.isName("emails[type eq \"work\"]")).isFalse();
		assertThat(AttributeNames.isName("naïve")).isFalse();
	}

	@Test
	void isUrnWhenSchemaUrnThenTrueAndOtherwiseFalse() {
		assertThat(AttributeNames.isUrn(SchemaRegistry.ENTERPRISE_USER_SCHEMA)).isTrue();
		assertThat(AttributeNames.isUrn("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER")).isTrue();
		assertThat(AttributeNames.isUrn("urn:x")).isFalse();
		assertThat(AttributeNames.isUrn("urn:ietf:params a")).isFalse();
		assertThat(AttributeNames.isUrn("http://schemas.example/User")).isFalse();
	}

	@Test
	void isAttributePathWhenEveryPartValidThenTrue() {
		assertThat(AttributeNames.isAttributePath(AttributePath.of("name", "givenName"))).isTrue();
		assertThat(AttributeNames
			.isAttributePath(new AttributePath(SchemaRegistry.ENTERPRISE_USER_SCHEMA, "manager", "value"))).isTrue();
		assertThat(AttributeNames.isAttributePath(AttributePath.of("name", "$ref"))).isFalse();
		assertThat(AttributeNames.isAttributePath(new AttributePath("not a urn", "x", null))).isFalse();
	}

	@Test
	void shownWhenLongerThanSixtyFourThenShortened() {
		assertThat(AttributeNames.shown("a".repeat(64))).isEqualTo("a".repeat(64));
		assertThat(AttributeNames.shown("a".repeat(65))).isEqualTo("a".repeat(64) + "...");
	}

	@Test
	void checkValueWhenRefOutsideReferenceAttributeThenInvalidValue() {
		JsonNode value = JSON.readTree("{\"$ref\":\"x\"}");

		assertThatExceptionOfType(ScimException.class).isThrownBy(() -> AttributeNames.checkValue(
				new SchemaRegistry().find(ResourceType.USER, AttributePath.of("name")).orElseThrow(), value, "name"))
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo("invalidValue"));
	}

	@Test
	void checkValueWhenRefInMembersThenAccepted() {
		JsonNode value = JSON.readTree("[{\"$ref\":null,\"value\":\"id\"}]");
		AttributeDefinition members = new SchemaRegistry().find(ResourceType.GROUP, AttributePath.of("members"))
			.orElseThrow();

		assertThatCode(() -> AttributeNames.checkValue(members, value, "members")).doesNotThrowAnyException();
	}

}
