package energy.foundation.identity.scim.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a response against a step's {@code expect} object and lists every problem found
 * (an empty list means the response is as expected). Each kind of expectation listed in
 * the header of {@code run-cases.mjs} is understood; an unknown kind is an error in the
 * case file, not a pass.
 */
final class CaseExpectation {

	private static final List<String> KINDS = List.of("status", "when_status", "json_contains", "json_not_contains",
			"json_paths", "json_lengths", "json_absent", "headers", "body_not_contains", "empty_body");

	private CaseExpectation() {
	}

	/**
	 * The problems of {@code response} against {@code expect} (already substituted).
	 */
	static List<String> verify(@Nullable JsonNode expect, CaseResponse response) {
		List<String> problems = new ArrayList<>();
		if (expect == null || expect.isNull()) {
			return problems;
		}
		expect.propertyNames()
			.stream()
			.filter((kind) -> !KINDS.contains(kind))
			.forEach((kind) -> problems.add("unknown expectation " + kind + " in the case file"));

		checkStatus(expect.get("status"), response, problems);
		checkBody(expect, response, problems);
		checkHeaders(expect.get("headers"), response, problems);
		checkText(expect, response, problems);

		JsonNode extra = (expect.get("when_status") != null)
				? expect.get("when_status").get(Integer.toString(response.status())) : null;
		if (extra != null) {
			problems.addAll(verify(extra, response));
		}
		return problems;
	}

	private static void checkStatus(@Nullable JsonNode status, CaseResponse response, List<String> problems) {
		if (status != null && !JsonMatchers.statusAllowed(status, response.status())) {
			problems.add("status " + response.status() + ", expected " + status);
		}
	}

	private static void checkBody(JsonNode expect, CaseResponse response, List<String> problems) {
		JsonNode json = response.json();
		JsonNode contains = expect.get("json_contains");
		if (contains != null && !JsonMatchers.contains(contains, json)) {
			problems.add("body does not contain " + contains);
		}
		JsonNode notContains = expect.get("json_not_contains");
		if (notContains != null && json != null) {
			for (JsonNode pattern : notContains.isArray() ? notContains.values() : List.of(notContains)) {
				if (JsonMatchers.contains(pattern, json)) {
					problems.add("body contains " + pattern + ", expected not to");
				}
			}
		}
		checkPaths(expect.get("json_paths"), json, problems);
		checkLengths(expect.get("json_lengths"), json, problems);
		checkAbsent(expect.get("json_absent"), json, problems);
	}

	private static void checkPaths(@Nullable JsonNode paths, @Nullable JsonNode json, List<String> problems) {
		if (paths == null) {
			return;
		}
		paths.properties().forEach((entry) -> {
			JsonPointer resolved = JsonPointer.resolve(json, entry.getKey());
			if (!JsonMatchers.pathHolds(entry.getValue(), resolved)) {
				problems.add(entry.getKey() + " = " + (resolved.found() ? resolved.value() : "(absent)") + ", expected "
						+ entry.getValue());
			}
		});
	}

	private static void checkLengths(@Nullable JsonNode lengths, @Nullable JsonNode json, List<String> problems) {
		if (lengths == null) {
			return;
		}
		lengths.properties().forEach((entry) -> {
			String problem = JsonMatchers.lengthProblem(entry.getKey(), entry.getValue(),
					JsonPointer.resolve(json, entry.getKey()));
			if (problem != null) {
				problems.add(problem);
			}
		});
	}

	private static void checkAbsent(@Nullable JsonNode absent, @Nullable JsonNode json, List<String> problems) {
		if (absent == null) {
			return;
		}
		for (JsonNode pointer : absent.values()) {
			JsonPointer resolved = JsonPointer.resolve(json, pointer.asString());
			if (resolved.found()) {
				problems.add(pointer.asString() + " present (" + abbreviate(String.valueOf(resolved.value()), 80)
						+ "), expected absent");
			}
		}
	}

	private static void checkHeaders(@Nullable JsonNode headers, CaseResponse response, List<String> problems) {
		if (headers == null) {
			return;
		}
		headers.properties().forEach((entry) -> {
			String actual = response.header(entry.getKey());
			String expected = entry.getValue().asString();
			if (actual == null || !actual.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))) {
				problems.add("header " + entry.getKey() + " = " + actual + ", expected to contain " + expected);
			}
		});
	}

	private static void checkText(JsonNode expect, CaseResponse response, List<String> problems) {
		JsonNode notContains = expect.get("body_not_contains");
		if (notContains != null) {
			for (JsonNode text : notContains.values()) {
				String fragment = text.asString();
				if (!fragment.isEmpty() && response.text().contains(fragment)) {
					problems.add("body contains \"" + fragment + "\", expected not to");
				}
			}
		}
		if (JsonMatchers.truthy(expect.get("empty_body")) && !response.text().isEmpty()) {
			problems.add("body not empty (" + response.text().length() + " chars)");
		}
	}

	static String abbreviate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length) + "...";
	}

}
