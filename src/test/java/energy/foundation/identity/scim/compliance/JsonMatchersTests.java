package energy.foundation.identity.scim.compliance;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JsonMatchers}, {@link JsonPointer} and {@link CaseVariables}: the
 * comparisons every case expectation rests on.
 */
class JsonMatchersTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNode USER = json("""
			{"id": "u1", "active": false, "count": 2, "ratio": 1.5, "nothing": null, "blank": "",
			 "name": {"givenName": "Kat", "familyName": "Brennan"},
			 "emails": [{"type": "home", "value": "h@x"}, {"type": "work", "value": "w@x", "primary": true}],
			 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"manager": {"value": "m1"}},
			 "a/b": 1, "c~d": 2, "Resources": []}
			""");

	@Test
	void containsWhenListedKeysMatchThenTrue() {
		JsonNode expected = json("{\"name\": {\"givenName\": \"Kat\"}, \"active\": false}");

		assertThat(JsonMatchers.contains(expected, USER)).isTrue();
	}

	@Test
	void containsWhenListedKeyMissingThenFalse() {
		JsonNode expected = json("{\"name\": {\"middleName\": \"J\"}}");

		assertThat(JsonMatchers.contains(expected, USER)).isFalse();
	}

	@Test
	void containsWhenEachArrayItemMatchesSomeItemInAnyOrderThenTrue() {
		JsonNode expected = json("{\"emails\": [{\"type\": \"work\"}, {\"value\": \"h@x\"}]}");

		assertThat(JsonMatchers.contains(expected, USER)).isTrue();
	}

	@Test
	void containsWhenArrayItemMatchesNothingThenFalse() {
		JsonNode expected = json("{\"emails\": [{\"type\": \"work\", \"value\": \"h@x\"}]}");

		assertThat(JsonMatchers.contains(expected, USER)).isFalse();
	}

	@Test
	void containsWhenNumbersEqualInValueThenTrue() {
		assertThat(JsonMatchers.contains(json("2.0"), json("2"))).isTrue();
	}

	@Test
	void containsWhenTypesDifferThenFalse() {
		assertThat(JsonMatchers.contains(json("\"False\""), json("false"))).isFalse();
		assertThat(JsonMatchers.contains(json("\"2\""), json("2"))).isFalse();
		assertThat(JsonMatchers.contains(json("{}"), json("[]"))).isFalse();
	}

	@Test
	void containsWhenActualMissingThenFalse() {
		assertThat(JsonMatchers.contains(json("{}"), null)).isFalse();
	}

	@Test
	void containsWhenNullExpectedAndNullPresentThenTrue() {
		assertThat(JsonMatchers.contains(json("{\"nothing\": null}"), USER)).isTrue();
		assertThat(JsonMatchers.contains(json("{\"blank\": null}"), USER)).isFalse();
	}

	@Test
	void resolveWhenPointerNamesArrayElementThenFound() {
		JsonPointer resolved = JsonPointer.resolve(USER, "/emails/1/value");

		assertThat(resolved.found()).isTrue();
		assertThat(resolved.value().asString()).isEqualTo("w@x");
	}

	@Test
	void resolveWhenIndexOutOfRangeOrNotAnIndexThenAbsent() {
		assertThat(JsonPointer.resolve(USER, "/emails/2").found()).isFalse();
		assertThat(JsonPointer.resolve(USER, "/emails/length").found()).isFalse();
		assertThat(JsonPointer.resolve(USER, "/emails/01").found()).isFalse();
	}

	@Test
	void resolveWhenKeyIsUrnWithColonsAndDotsThenFound() {
		JsonPointer resolved = JsonPointer.resolve(USER,
				"/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value");

		assertThat(resolved.value().asString()).isEqualTo("m1");
	}

	@Test
	void resolveWhenEscapedThenUnescaped() {
		assertThat(JsonPointer.resolve(USER, "/a~1b").value().asInt()).isEqualTo(1);
		assertThat(JsonPointer.resolve(USER, "/c~0d").value().asInt()).isEqualTo(2);
	}

	@Test
	void resolveWhenValueIsNullThenFoundAsNull() {
		JsonPointer resolved = JsonPointer.resolve(USER, "/nothing");

		assertThat(resolved.found()).isTrue();
		assertThat(resolved.value().isNull()).isTrue();
	}

	@Test
	void resolveWhenPointerEmptyThenWholeDocument() {
		assertThat(JsonPointer.resolve(USER, "").value()).isSameAs(USER);
		assertThat(JsonPointer.resolve(USER, "/").value()).isSameAs(USER);
	}

	@Test
	void resolveWhenNoDocumentThenAbsent() {
		assertThat(JsonPointer.resolve(null, "/id").found()).isFalse();
		assertThat(JsonPointer.resolve(null, "").found()).isFalse();
	}

	@Test
	void resolveWhenStepsThroughScalarThenAbsent() {
		assertThat(JsonPointer.resolve(USER, "/id/x").found()).isFalse();
	}

	@Test
	void pathHoldsWhenPlainValueThenDeepMatchOfPresentValue() {
		assertThat(holds("/active", "false")).isTrue();
		assertThat(holds("/name", "{\"givenName\": \"Kat\"}")).isTrue();
		assertThat(holds("/active", "\"False\"")).isFalse();
		assertThat(holds("/missing", "null")).isFalse();
	}

	@Test
	void pathHoldsWhenPresentThenChecksExistence() {
		assertThat(holds("/nothing", "{\"present\": true}")).isTrue();
		assertThat(holds("/missing", "{\"present\": true}")).isFalse();
		assertThat(holds("/missing", "{\"present\": false}")).isTrue();
		assertThat(holds("/id", "{\"present\": false}")).isFalse();
	}

	@Test
	void pathHoldsWhenMinOrMaxThenComparesNumbers() {
		assertThat(holds("/count", "{\"min\": 2}")).isTrue();
		assertThat(holds("/count", "{\"min\": 3}")).isFalse();
		assertThat(holds("/count", "{\"max\": 2}")).isTrue();
		assertThat(holds("/count", "{\"max\": 1}")).isFalse();
		assertThat(holds("/id", "{\"min\": 0}")).isFalse();
		assertThat(holds("/missing", "{\"max\": 5}")).isFalse();
	}

	@Test
	void pathHoldsWhenSeveralOperatorsThenAllMustHold() {
		assertThat(holds("/count", "{\"min\": 1, \"max\": 3, \"type\": \"integer\"}")).isTrue();
		assertThat(holds("/count", "{\"min\": 1, \"max\": 1}")).isFalse();
	}

	@Test
	void pathHoldsWhenNeThenAbsentOrDifferent() {
		assertThat(holds("/id", "{\"ne\": \"u2\"}")).isTrue();
		assertThat(holds("/missing", "{\"ne\": \"u1\"}")).isTrue();
		assertThat(holds("/id", "{\"ne\": \"u1\"}")).isFalse();
	}

	@Test
	void pathHoldsWhenInThenValueMustBeListed() {
		assertThat(holds("/id", "{\"in\": [\"u0\", \"u1\"]}")).isTrue();
		assertThat(holds("/id", "{\"in\": [\"u0\"]}")).isFalse();
		assertThat(holds("/missing", "{\"in\": [null]}")).isFalse();
	}

	@Test
	void pathHoldsWhenTypeThenIntegerCountsAsNumber() {
		assertThat(holds("/count", "{\"type\": \"integer\"}")).isTrue();
		assertThat(holds("/count", "{\"type\": \"number\"}")).isTrue();
		assertThat(holds("/ratio", "{\"type\": \"integer\"}")).isFalse();
		assertThat(holds("/ratio", "{\"type\": \"number\"}")).isTrue();
		assertThat(holds("/active", "{\"type\": \"boolean\"}")).isTrue();
		assertThat(holds("/nothing", "{\"type\": \"null\"}")).isTrue();
		assertThat(holds("/emails", "{\"type\": \"array\"}")).isTrue();
		assertThat(holds("/name", "{\"type\": \"object\"}")).isTrue();
		assertThat(holds("/id", "{\"type\": \"string\"}")).isTrue();
		assertThat(holds("/id", "{\"type\": \"object\"}")).isFalse();
	}

	@Test
	void pathHoldsWhenNonemptyThenPresentAndNotBlankOrEmpty() {
		assertThat(holds("/id", "{\"nonempty\": true}")).isTrue();
		assertThat(holds("/blank", "{\"nonempty\": true}")).isFalse();
		assertThat(holds("/nothing", "{\"nonempty\": true}")).isFalse();
		assertThat(holds("/Resources", "{\"nonempty\": true}")).isFalse();
		assertThat(holds("/missing", "{\"nonempty\": true}")).isFalse();
	}

	@Test
	void pathHoldsWhenEmptyThenAbsentNullBlankOrEmptyContainer() {
		assertThat(holds("/missing", "{\"empty\": true}")).isTrue();
		assertThat(holds("/nothing", "{\"empty\": true}")).isTrue();
		assertThat(holds("/blank", "{\"empty\": true}")).isTrue();
		assertThat(holds("/Resources", "{\"empty\": true}")).isTrue();
		assertThat(holds("/id", "{\"empty\": true}")).isFalse();
		assertThat(holds("/id", "{\"empty\": false}")).isTrue();
	}

	@Test
	void pathHoldsWhenAbsentOrThenAbsentOrEqual() {
		assertThat(holds("/missing", "{\"absent_or\": \"x\"}")).isTrue();
		assertThat(holds("/id", "{\"absent_or\": \"u1\"}")).isTrue();
		assertThat(holds("/id", "{\"absent_or\": \"x\"}")).isFalse();
	}

	@Test
	void pathHoldsWhenObjectMixesOperatorAndOtherKeysThenDeepMatch() {
		JsonNode document = json("{\"range\": {\"min\": 1, \"label\": \"a\"}}");

		assertThat(
				JsonMatchers.pathHolds(json("{\"min\": 1, \"label\": \"a\"}"), JsonPointer.resolve(document, "/range")))
			.isTrue();
	}

	@Test
	void lengthProblemWhenLengthAsExpectedThenNone() {
		assertThat(JsonMatchers.lengthProblem("/emails", json("2"), JsonPointer.resolve(USER, "/emails"))).isNull();
		assertThat(JsonMatchers.lengthProblem("/emails", json("{\"min\": 1, \"max\": 2}"),
				JsonPointer.resolve(USER, "/emails")))
			.isNull();
	}

	@Test
	void lengthProblemWhenLengthDiffersThenDescribed() {
		assertThat(JsonMatchers.lengthProblem("/emails", json("1"), JsonPointer.resolve(USER, "/emails")))
			.isEqualTo("length of /emails = 2, expected 1");
		assertThat(JsonMatchers.lengthProblem("/emails", json("{\"min\": 3}"), JsonPointer.resolve(USER, "/emails")))
			.isNotNull();
		assertThat(JsonMatchers.lengthProblem("/emails", json("{\"max\": 1}"), JsonPointer.resolve(USER, "/emails")))
			.isNotNull();
	}

	@Test
	void lengthProblemWhenArrayAbsentThenCountsAsEmpty() {
		assertThat(JsonMatchers.lengthProblem("/members", json("0"), JsonPointer.resolve(USER, "/members"))).isNull();
		assertThat(JsonMatchers.lengthProblem("/members", json("1"), JsonPointer.resolve(USER, "/members")))
			.isNotNull();
	}

	@Test
	void lengthProblemWhenNotAnArrayThenDescribed() {
		assertThat(JsonMatchers.lengthProblem("/name", json("{\"min\": 0}"), JsonPointer.resolve(USER, "/name")))
			.contains("not an array");
	}

	@Test
	void statusAllowedWhenNumberClassOrListThenMatches() {
		assertThat(JsonMatchers.statusAllowed(json("201"), 201)).isTrue();
		assertThat(JsonMatchers.statusAllowed(json("201"), 200)).isFalse();
		assertThat(JsonMatchers.statusAllowed(json("\"2xx\""), 204)).isTrue();
		assertThat(JsonMatchers.statusAllowed(json("\"4XX\""), 409)).isTrue();
		assertThat(JsonMatchers.statusAllowed(json("\"2xx\""), 301)).isFalse();
		assertThat(JsonMatchers.statusAllowed(json("[200, 204]"), 204)).isTrue();
		assertThat(JsonMatchers.statusAllowed(json("[200, \"4xx\"]"), 500)).isFalse();
	}

	@Test
	void substituteWhenVariableKnownThenReplacedAndUnknownKept() {
		String text = CaseVariables.substitute("/Users/${uid}?x=${unset}", Map.of("uid", "42"));

		assertThat(text).isEqualTo("/Users/42?x=${unset}");
	}

	@Test
	void substituteWhenNestedPlaceholderThenTwoPassesResolveIt() {
		String first = CaseVariables.substitute("/Users/${u${i}}", Map.of("i", "3"));

		assertThat(CaseVariables.substitute(first, Map.of("u3", "abc"))).isEqualTo("/Users/abc");
	}

	@Test
	void substituteWhenJsonThenStringsAndKeysReplacedOthersKept() {
		JsonNode node = json("{\"${k}\": [\"a ${v}\", 1, true, null]}");

		JsonNode substituted = CaseVariables.substitute(node, Map.of("k", "key", "v", "$1\\"));

		assertThat(substituted).isEqualTo(json("{\"key\": [\"a $1\\\\\", 1, true, null]}"));
	}

	private static boolean holds(String pointer, String specification) {
		return JsonMatchers.pathHolds(json(specification), JsonPointer.resolve(USER, pointer));
	}

	private static JsonNode json(String text) {
		return MAPPER.readTree(text);
	}

}
