package energy.foundation.identity.scim.compliance;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Replaces <code>${name}</code> placeholders in case-file text and JSON. Unknown names
 * stay as they are, so that a first pass can fill <code>${i}</code> and a later one the
 * variable it names (<code>${u${i}}</code>).
 */
final class CaseVariables {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

	private CaseVariables() {
	}

	/**
	 * Substitutes the known variables in a string.
	 */
	static String substitute(String text, Map<String, String> variables) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String value = variables.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * Substitutes the known variables in every string and every object key of a JSON
	 * value, returning a new value.
	 */
	static JsonNode substitute(JsonNode node, Map<String, String> variables) {
		if (node.isString()) {
			return StringNode.valueOf(substitute(node.stringValue(), variables));
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.values().forEach((item) -> copy.add(substitute(item, variables)));
			return copy;
		}
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			node.properties()
				.forEach((entry) -> copy.set(substitute(entry.getKey(), variables),
						substitute(entry.getValue(), variables)));
			return copy;
		}
		return node;
	}

	/**
	 * Whether a string still holds a placeholder.
	 */
	static boolean hasPlaceholder(String text) {
		return PLACEHOLDER.matcher(text).find();
	}

	/**
	 * The text a captured JSON value stands for in later steps.
	 */
	static String text(JsonNode value) {
		return (value.isValueNode()) ? value.asString() : value.toString();
	}

}
