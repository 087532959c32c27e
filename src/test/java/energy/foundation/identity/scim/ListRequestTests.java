package energy.foundation.identity.scim;

import java.util.Map;

import energy.foundation.identity.scim.error.ScimException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ListRequestTests {

	@Test
	void fromQueryWhenNoParametersThenDefaults() {
		ListRequest request = ListRequest.fromQuery(Map.of());

		assertThat(request.startIndex()).isEqualTo(1);
		assertThat(request.count()).isEqualTo(ListRequest.DEFAULT_COUNT);
		assertThat(request.filter()).isNull();
	}

	@Test
	void fromQueryWhenNamesInOtherCaseThenRecognised() {
		ListRequest request = ListRequest.fromQuery(Map.of("FILTER", "userName eq \"a\"", "StartIndex", "3"));

		assertThat(request.filter()).isEqualTo("userName eq \"a\"");
		assertThat(request.startIndex()).isEqualTo(3);
	}

	@Test
	void fromQueryWhenOutOfRangeThenClamped() {
		ListRequest request = ListRequest.fromQuery(Map.of("startIndex", "0", "count", "100000"));

		assertThat(request.startIndex()).isEqualTo(1);
		assertThat(request.count()).isEqualTo(ListRequest.MAX_COUNT);
	}

	@Test
	void fromQueryWhenNegativeCountThenZero() {
		assertThat(ListRequest.fromQuery(Map.of("count", "-5")).count()).isZero();
	}

	@Test
	void fromQueryWhenCountNotANumberThenInvalidValue() {
		assertThatExceptionOfType(ScimException.class).isThrownBy(() -> ListRequest.fromQuery(Map.of("count", "ten")))
			.satisfies((ex) -> assertThat(ex.scimType()).isEqualTo("invalidValue"));
	}

	@Test
	void fromQueryWhenUnknownParameterThenIgnored() {
		ListRequest request = ListRequest.fromQuery(Map.of("aadOptscim062020", ""));

		assertThat(request.filter()).isNull();
	}

	@Test
	void fromSearchRequestWhenBodyThenReadsEveryParameter() {
		var body = JsonMapper.builder().build().readTree("""
				{"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "filter": "active eq true",
				 "startIndex": 2, "count": 5, "sortBy": "userName", "sortOrder": "descending",
				 "attributes": ["userName"], "excludedAttributes": ["emails"]}
				""");

		ListRequest request = ListRequest.fromSearchRequest(body);

		assertThat(request.filter()).isEqualTo("active eq true");
		assertThat(request.startIndex()).isEqualTo(2);
		assertThat(request.count()).isEqualTo(5);
		assertThat(request.descending()).isTrue();
		assertThat(request.projection().attributes()).containsExactly("username");
		assertThat(request.projection().excluded()).containsExactly("emails");
	}

}
