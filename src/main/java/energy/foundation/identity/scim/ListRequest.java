package energy.foundation.identity.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A query for resources (RFC 7644 §3.4.2), from the query string of a GET or the body of
 * a {@code POST .search} (§3.4.3). Parameter names are matched case-insensitively;
 * unknown parameters (such as Entra's {@code aadOptscim062020}) are ignored.
 *
 * @param filter the filter text, or {@code null}
 * @param sortBy the attribute to sort by, or {@code null}
 * @param descending whether {@code sortOrder} is {@code descending}
 * @param startIndex the 1-based index of the first result
 * @param count the most results to return
 * @param projection which attributes to return
 */
record ListRequest(@Nullable String filter, @Nullable String sortBy, boolean descending, int startIndex, int count,
		AttributeProjection projection) {

	/**
	 * Page size when the client gives no {@code count}.
	 */
	static final int DEFAULT_COUNT = 100;

	/**
	 * The largest page served; a larger {@code count} is lowered to it (RFC 7644
	 * §3.4.2.4).
	 */
	static final int MAX_COUNT = 1000;

	static ListRequest fromQuery(Map<String, String> parameters) {
		Parameters query = new Parameters(parameters);
		return new ListRequest(query.text("filter"), query.text("sortBy"), descending(query.text("sortOrder")),
				startIndex(query.text("startIndex")), count(query.text("count")), AttributeProjection
					.parse(orEmpty(query.text("attributes")), orEmpty(query.text("excludedAttributes"))));
	}

	static ListRequest fromSearchRequest(JsonNode body) {
		if (!body.isObject()) {
			throw ScimException.invalidSyntax("A SearchRequest must be a JSON object");
		}
		Map<String, String> parameters = new java.util.HashMap<>();
		List<String> attributes = List.of();
		List<String> excluded = List.of();
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			String name = property.getKey().toLowerCase(Locale.ROOT);
			JsonNode value = property.getValue();
			switch (name) {
				case "attributes" -> attributes = names(value, "attributes");
				case "excludedattributes" -> excluded = names(value, "excludedAttributes");
				case "schemas" -> {
				}
				default -> {
					if (!value.isNull()) {
						parameters.put(name, value.isString() ? value.stringValue() : value.toString());
					}
				}
			}
		}
		ListRequest query = fromQuery(parameters);
		return new ListRequest(query.filter(), query.sortBy(), query.descending(), query.startIndex(), query.count(),
				AttributeProjection.of(attributes, excluded));
	}

	private static List<String> names(JsonNode value, String parameter) {
		List<String> names = new ArrayList<>();
		if (value.isString()) {
			for (String part : value.stringValue().split(",", -1)) {
				names.add(part.trim());
			}
			return names;
		}
		if (!value.isArray()) {
			throw ScimException.invalidValue(parameter + " must be a list of attribute names");
		}
		for (JsonNode item : value) {
			if (!item.isString()) {
				throw ScimException.invalidValue(parameter + " must be a list of attribute names");
			}
			names.add(item.stringValue());
		}
		return names;
	}

	private static boolean descending(@Nullable String sortOrder) {
		if (sortOrder == null || sortOrder.equalsIgnoreCase("ascending")) {
			return false;
		}
		if (sortOrder.equalsIgnoreCase("descending")) {
			return true;
		}
		throw ScimException.invalidValue("sortOrder must be \"ascending\" or \"descending\"");
	}

	private static int startIndex(@Nullable String text) {
		if (text == null) {
			return 1;
		}
		return Math.max(1, integer(text, "startIndex"));
	}

	private static int count(@Nullable String text) {
		if (text == null) {
			return DEFAULT_COUNT;
		}
		return Math.min(MAX_COUNT, Math.max(0, integer(text, "count")));
	}

	private static int integer(String text, String parameter) {
		try {
			long value = Long.parseLong(text.trim());
			return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
		}
		catch (NumberFormatException ex) {
			throw ScimException.invalidValue(parameter + " must be an integer");
		}
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	/**
	 * Query parameters looked up case-insensitively.
	 */
	private record Parameters(Map<String, String> values) {

		@Nullable String text(String name) {
			for (Map.Entry<String, String> entry : this.values.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					return entry.getValue();
				}
			}
			return null;
		}

	}

}
