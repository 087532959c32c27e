package energy.foundation.identity.scim.patch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies add, replace and remove (RFC 7644 §3.5.2.1–3) to a working copy of an attribute
 * document. Core attributes sit at the top level, extension attributes in an object under
 * the extension's URN. A value that is {@code null} or {@code ""} clears what it
 * addresses (RFC 7643 §2.5 treats both as "no value").
 */
final class DocumentEditor {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ObjectNode document;

	DocumentEditor(ObjectNode document) {
		this.document = document;
	}

	ObjectNode document() {
		return this.document;
	}

	void apply(Op op, Target target, @Nullable JsonNode value) {
		if (op == Op.REMOVE) {
			remove(target, value);
		}
		else if (value == null || clears(value)) {
			clear(target);
		}
		else if (value.isArray() && value.isEmpty() && target.multiValued() && target.subName() == null) {
			// Adding no values changes nothing; replacing with none clears.
			if (op == Op.REPLACE) {
				clear(target);
			}
		}
		else {
			write(op, target, value);
		}
		tidy(target);
	}

	void applyFiltered(Op op, Target target, Filter filter, @Nullable JsonNode value) {
		AttributeDefinition attribute = target.definition();
		if (attribute == null || !attribute.complex()) {
			throw ScimException.invalidPath("Attribute '" + target.display() + "' does not support a value filter");
		}
		ValuePathEditor editor = new ValuePathEditor(this, target, attribute, new ElementMatcher(attribute));
		if (op == Op.REMOVE) {
			editor.remove(filter);
		}
		else {
			editor.write(filter, value);
		}
		tidy(target);
	}

	void removeExtension(String urn) {
		PropertyNames.remove(this.document, urn);
	}

	private void write(Op op, Target target, JsonNode value) {
		ObjectNode container = container(target);
		AttributeDefinition attribute = target.definition();
		String subName = target.subName();
		if (subName != null) {
			writeSubAttribute(container, target, subName, value);
		}
		else if (attribute == null) {
			writeUnknown(op, container, target.name(), value);
		}
		else if (attribute.multiValued()) {
			writeValues(op, container, attribute, value);
		}
		else if (attribute.complex()) {
			AttributeValidator.validate(attribute, value, target.display());
			ObjectNode object = childObject(container, target.name());
			merge(object, value, attribute, target.display());
			dropIfEmpty(container, target.name());
		}
		else {
			AttributeValidator.validate(attribute, value, target.display());
			PropertyNames.put(container, target.name(), value);
		}
	}

	/**
	 * {@code name.givenName}: sets the sub-attribute of a complex attribute. Without a
	 * filter, a sub-attribute of a multi-valued attribute is set in every element (or in
	 * a new element when there is none).
	 */
	private void writeSubAttribute(ObjectNode container, Target target, String subName, JsonNode value) {
		validateSub(target, value);
		if (target.multiValued()) {
			ArrayNode values = childArray(container, target.name());
			if (values.isEmpty()) {
				values.addObject();
			}
			values.values().forEach((element) -> putIn(element, subName, value));
			return;
		}
		JsonNode current = PropertyNames.get(container, target.name());
		if (current != null && !current.isObject()) {
			throw ScimException.invalidPath("Attribute '" + target.name() + "' has no sub-attributes");
		}
		putIn(childObject(container, target.name()), subName, value);
	}

	/**
	 * An attribute no schema defines: a list added to a list already held is appended,
	 * without values already present, and a value added as primary wins (RFC 7644
	 * §3.5.2.1); anything else is set as sent.
	 */
	private static void writeUnknown(Op op, ObjectNode container, String name, JsonNode value) {
		JsonNode current = PropertyNames.get(container, name);
		if (op != Op.ADD || !value.isArray() || !(current instanceof ArrayNode values)) {
			PropertyNames.put(container, name, value);
			return;
		}
		singlePrimary(values, appendNew(values, value));
	}

	/**
	 * Add appends the values not already present; replace swaps the whole list (RFC 7644
	 * §3.5.2.1, §3.5.2.3). A single value instead of a list is taken as a list of one.
	 */
	private void writeValues(Op op, ObjectNode container, AttributeDefinition attribute, JsonNode value) {
		ArrayNode given = value.isArray() ? (ArrayNode) value : NODES.arrayNode().add(value);
		AttributeValidator.validate(attribute, given, attribute.name());
		if (op == Op.REPLACE) {
			PropertyNames.remove(container, attribute.name());
		}
		ArrayNode values = childArray(container, attribute.name());
		singlePrimary(values, appendNew(values, given));
	}

	/**
	 * Appends the given values not already present (exact duplicates are skipped) and
	 * answers those appended.
	 */
	private static List<JsonNode> appendNew(ArrayNode values, JsonNode given) {
		List<JsonNode> added = new ArrayList<>();
		for (JsonNode element : given.values()) {
			if (!element.isNull() && !contains(values, element)) {
				values.add(element);
				added.add(element);
			}
		}
		return added;
	}

	private void remove(Target target, @Nullable JsonNode value) {
		if (value != null && !value.isNull()) {
			if (!target.multiValued() || target.subName() != null) {
				throw ScimException
					.invalidSyntax("A remove operation carries a value only for a multi-valued attribute, not for '"
							+ target.display() + "'");
			}
			removeListed(target, value);
			return;
		}
		clear(target);
	}

	/**
	 * Removes what a path addresses; a sub-attribute of a multi-valued attribute is
	 * removed from every element.
	 */
	void clear(Target target) {
		ObjectNode container = existingContainer(target);
		if (container == null) {
			return;
		}
		String subName = target.subName();
		if (subName == null) {
			PropertyNames.remove(container, target.name());
			return;
		}
		JsonNode current = PropertyNames.get(container, target.name());
		if (current instanceof ArrayNode values) {
			values.values().forEach((element) -> removeFrom(element, subName));
			dropHollow(values, List.copyOf(values.values()));
		}
		else if (current instanceof ObjectNode object) {
			PropertyNames.remove(object, subName);
		}
		dropIfEmpty(container, target.name());
	}

	/**
	 * Removes the listed values of a multi-valued attribute: a listed object matches an
	 * element that has the same value for each sub-attribute it gives (Entra's
	 * {@code "value": [{"value": "..."}]}); other values match by equality.
	 */
	private void removeListed(Target target, JsonNode value) {
		ObjectNode container = existingContainer(target);
		JsonNode current = (container != null) ? PropertyNames.get(container, target.name()) : null;
		AttributeDefinition attribute = target.definition();
		if (container == null || !(current instanceof ArrayNode values) || attribute == null) {
			return;
		}
		ArrayNode listed = value.isArray() ? (ArrayNode) value : NODES.arrayNode().add(value);
		for (int index = values.size() - 1; index >= 0; index--) {
			JsonNode element = values.get(index);
			if (listed.valueStream().anyMatch((item) -> sameValue(item, element, attribute))) {
				values.remove(index);
			}
		}
		dropIfEmpty(container, target.name());
	}

	/**
	 * The object holding the target attribute: the document, or the extension's object,
	 * created when absent.
	 */
	ObjectNode container(Target target) {
		String extension = target.extension();
		return (extension != null) ? childObject(this.document, extension) : this.document;
	}

	/**
	 * The object holding the target attribute, or {@code null} when the extension has no
	 * object yet.
	 */
	@Nullable ObjectNode existingContainer(Target target) {
		String extension = target.extension();
		if (extension == null) {
			return this.document;
		}
		return (PropertyNames.get(this.document, extension) instanceof ObjectNode object) ? object : null;
	}

	/**
	 * Drops an extension object left empty.
	 */
	private void tidy(Target target) {
		String extension = target.extension();
		if (extension != null) {
			dropIfEmpty(this.document, extension);
		}
	}

	void validateSub(Target target, JsonNode value) {
		AttributeDefinition sub = target.subDefinition();
		if (sub != null) {
			AttributeValidator.validate(sub, value, target.display());
		}
	}

	static void merge(ObjectNode object, JsonNode value, AttributeDefinition attribute, String path) {
		if (!value.isObject()) {
			throw ScimException.invalidValue("The value of '" + path + "' must be an object");
		}
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String name = attribute.subAttribute(property.getKey())
				.map(AttributeDefinition::name)
				.orElse(property.getKey());
			putIn(object, name, property.getValue());
		}
	}

	static void putIn(JsonNode element, String name, JsonNode value) {
		if (!(element instanceof ObjectNode object)) {
			throw ScimException.invalidPath("Attribute values here have no sub-attribute '" + name + "'");
		}
		if (clears(value)) {
			PropertyNames.remove(object, name);
		}
		else {
			PropertyNames.put(object, name, value);
		}
	}

	static void removeFrom(JsonNode element, String name) {
		if (element instanceof ObjectNode object) {
			PropertyNames.remove(object, name);
		}
	}

	/**
	 * Drops elements left with nothing but {@code type} or {@code primary}: after its
	 * value is removed, a "work e-mail" without an address means nothing.
	 */
	static void dropHollow(ArrayNode values, List<? extends JsonNode> touched) {
		Set<JsonNode> changed = identitySet(touched);
		for (int index = values.size() - 1; index >= 0; index--) {
			JsonNode element = values.get(index);
			if (changed.contains(element) && element.propertyNames()
				.stream()
				.allMatch((name) -> "type".equalsIgnoreCase(name) || "primary".equalsIgnoreCase(name))) {
				values.remove(index);
			}
		}
	}

	static void dropIfEmpty(ObjectNode container, String name) {
		JsonNode current = PropertyNames.get(container, name);
		if (current != null && current.isContainer() && current.isEmpty()) {
			PropertyNames.remove(container, name);
		}
	}

	/**
	 * At most one value may be primary (RFC 7643 §2.4): a value just set primary wins,
	 * the others lose the flag (RFC 7644 §3.5.2).
	 */
	static void singlePrimary(ArrayNode values, List<? extends JsonNode> touched) {
		Set<JsonNode> changed = identitySet(touched);
		int winner = -1;
		for (int index = 0; index < values.size(); index++) {
			JsonNode element = values.get(index);
			if (isPrimary(element) && changed.contains(element)) {
				winner = index;
			}
		}
		if (winner < 0) {
			return;
		}
		for (int index = 0; index < values.size(); index++) {
			if (index != winner && values.get(index) instanceof ObjectNode object && isPrimary(object)) {
				object.put("primary", false);
			}
		}
	}

	private static Set<JsonNode> identitySet(List<? extends JsonNode> elements) {
		Set<JsonNode> set = Collections.newSetFromMap(new IdentityHashMap<>());
		set.addAll(elements);
		return set;
	}

	private static boolean isPrimary(JsonNode element) {
		JsonNode primary = element.path("primary");
		return primary.isBoolean() && primary.booleanValue();
	}

	static ObjectNode childObject(ObjectNode parent, String name) {
		JsonNode current = PropertyNames.get(parent, name);
		if (current instanceof ObjectNode object) {
			return object;
		}
		ObjectNode created = NODES.objectNode();
		PropertyNames.put(parent, name, created);
		return created;
	}

	static ArrayNode childArray(ObjectNode parent, String name) {
		JsonNode current = PropertyNames.get(parent, name);
		if (current instanceof ArrayNode array) {
			return array;
		}
		ArrayNode created = NODES.arrayNode();
		if (current != null && !current.isNull()) {
			created.add(current);
		}
		PropertyNames.put(parent, name, created);
		return created;
	}

	static boolean clears(@Nullable JsonNode value) {
		return value == null || value.isNull() || (value.isString() && value.asString().isEmpty());
	}

	private static boolean contains(ArrayNode values, JsonNode element) {
		return values.valueStream().anyMatch(element::equals);
	}

	private static boolean sameValue(JsonNode listed, JsonNode element, AttributeDefinition attribute) {
		if (!listed.isObject() || !element.isObject()) {
			return listed.equals(element);
		}
		boolean any = false;
		for (Map.Entry<String, JsonNode> property : listed.properties()) {
			if (property.getValue().isNull()) {
				continue;
			}
			JsonNode actual = PropertyNames.get(element, property.getKey());
			boolean caseExact = attribute.subAttribute(property.getKey())
				.map(AttributeDefinition::caseExact)
				.orElse(false);
			if (actual == null || !sameScalar(property.getValue(), actual, caseExact)) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static boolean sameScalar(JsonNode expected, JsonNode actual, boolean caseExact) {
		if (expected.isString() && actual.isString() && !caseExact) {
			return expected.asString().equalsIgnoreCase(actual.asString());
		}
		return expected.equals(actual);
	}

}
