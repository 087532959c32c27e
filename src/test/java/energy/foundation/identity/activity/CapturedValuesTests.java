package energy.foundation.identity.activity;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What value capture keeps of a request body.
 */
class CapturedValuesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void ofWhenUserHasPasswordThenRemovedAndOtherValuesKept() {
		JsonNode body = JSON
			.readTree("{\"userName\":\"avery\",\"password\":\"s3cret\",\"name\":{\"givenName\":\"A\"}}");

		String captured = CapturedValues.of(body);

		assertThat(captured).isEqualTo("{\"userName\":\"avery\",\"name\":{\"givenName\":\"A\"}}");
	}

	@Test
	void ofWhenPasswordNamedWithSchemaUrnOrOtherCaseThenRemoved() {
		JsonNode body = JSON.readTree("{\"urn:ietf:params:scim:schemas:core:2.0:User:password\":\"s3cret\","
				+ "\"Password\":\"other\",\"userName\":\"avery\"}");

		String captured = CapturedValues.of(body);

		assertThat(captured).doesNotContain("s3cret").doesNotContain("other").contains("avery");
	}

	@Test
	void ofWhenPatchOperationTargetsPasswordThenOperationRemoved() {
		JsonNode body = JSON
			.readTree("{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"s3cret\"},"
					+ "{\"op\":\"replace\",\"value\":{\"password\":\"s4cret\",\"active\":false}},"
					+ "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Avery\"}]}");

		String captured = CapturedValues.of(body);

		assertThat(captured).doesNotContain("s3cret").doesNotContain("s4cret").contains("active").contains("Avery");
	}

	@Test
	void ofWhenBodyLargerThanLimitThenCut() {
		JsonNode body = JSON.createObjectNode().put("displayName", "x".repeat(20_000));

		String captured = CapturedValues.of(body);

		assertThat(captured).hasSize(CapturedValues.MAX_CHARACTERS);
	}

	@Test
	void ofWhenNoBodyThenNull() {
		assertThat(CapturedValues.of(null)).isNull();
	}

}
