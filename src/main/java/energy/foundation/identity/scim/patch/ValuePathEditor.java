package energy.foundation.identity.scim.patch;

import java.util.ArrayList;
import java.util.List;

import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.scim.schema.AttributeDefinition;
import energy.foundation.identity.scim.schema.AttributeValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Operations on a value path such as {@code emails[type eq "work"].value} (RFC 7644
 * §3.5.2): the filter selects elements of a multi-valued attribute (or the value of a
 * single complex one, for Entra's {@code manager[value eq "id"]}).
 */
final class ValuePathEditor {

	private final DocumentEditor document;

	private final Target target;

	private final AttributeDefinition attribute;

	private final ElementMatcher matcher;

	ValuePathEditor(DocumentEditor document, Target target, AttributeDefinition attribute, ElementMatcher matcher) {
		this.document = document;
		this.target = target;
		this.attribute = attribute;
		this.matcher = matcher;
	}

	/**
	 * Add or replace on the selected elements. When none matches and the filter is made
	 * of {@code eq} comparisons joined by {@code and}, the element is created from them:
	 * Entra and its validator send {@code emails[type eq "work"].value} for a user
	 * without a work e-mail and expect one, and several such operations build one
	 * element, whatever sub-attribute the path names ({@code value}, {@code primary},
	 * {@code display}...). Otherwise no match is an error (§3.5.2.3, {@code noTarget}).
	 */
	void write(Filter filter, @Nullable JsonNode value) {
		ObjectNode container = this.document.container(this.target);
		List<ObjectNode> matched = matches(container, filter);
		if (matched.isEmpty()) {
			if (DocumentEditor.clears(value)) {
				return;
			}
			ObjectNode element = this.matcher.template(filter)
				.orElseThrow(() -> ScimException
					.noTarget("No value of '" + this.target.name() + "' matches the filter of the path"));
			add(container, element);
			matched = List.of(element);
		}
		matched.forEach((element) -> update(element, value));
		tidy(container, matched, DocumentEditor.clears(value));
	}

	/**
	 * Removes the selected elements, or the sub-attribute from each of them; removing
	 * nothing is not an error (§3.5.2.2).
	 */
	void remove(Filter filter) {
		ObjectNode container = this.document.existingContainer(this.target);
		if (container == null) {
			return;
		}
		String subName = this.target.subName();
		JsonNode current = PropertyNames.get(container, this.target.name());
		if (current instanceof ArrayNode values) {
			List<JsonNode> touched = new ArrayList<>();
			for (int index = values.size() - 1; index >= 0; index--) {
				if (this.matcher.matches(filter, values.get(index))) {
					touched.add(values.get(index));
					removeAt(values, index, subName);
				}
			}
			DocumentEditor.dropHollow(values, touched);
		}
		else if (current instanceof ObjectNode object && this.matcher.matches(filter, object)) {
			if (subName == null) {
				PropertyNames.remove(container, this.target.name());
			}
			else {
				PropertyNames.remove(object, subName);
			}
		}
		DocumentEditor.dropIfEmpty(container, this.target.name());
	}

	private List<ObjectNode> matches(ObjectNode container, Filter filter) {
		List<ObjectNode> matched = new ArrayList<>();
		JsonNode current = PropertyNames.get(container, this.target.name());
		if (current instanceof ArrayNode values) {
			values.values().forEach((element) -> {
				if (element instanceof ObjectNode object && this.matcher.matches(filter, object)) {
					matched.add(object);
				}
			});
		}
		else if (current instanceof ObjectNode object && this.matcher.matches(filter, object)) {
			matched.add(object);
		}
		return matched;
	}

	private void update(ObjectNode element, @Nullable JsonNode value) {
		String subName = this.target.subName();
		if (subName != null) {
			JsonNode given = (value != null) ? value : NullNode.getInstance();
			this.document.validateSub(this.target, given);
			DocumentEditor.putIn(element, subName, given);
			return;
		}
		if (value == null) {
			throw ScimException.invalidValue("The operation on '" + this.target.name() + "' needs a value");
		}
		DocumentEditor.merge(element, value, this.attribute, this.target.display());
		this.attribute.subAttributes()
			.forEach((sub) -> validateElementSub(sub, PropertyNames.get(element, sub.name())));
	}

	private void validateElementSub(AttributeDefinition sub, @Nullable JsonNode value) {
		if (value != null) {
			AttributeValidator.validate(sub, value, this.target.name() + "." + sub.name());
		}
	}

	private void add(ObjectNode container, ObjectNode element) {
		if (this.attribute.multiValued()) {
			DocumentEditor.childArray(container, this.attribute.name()).add(element);
		}
		else {
			PropertyNames.put(container, this.attribute.name(), element);
		}
	}

	/**
	 * Drops elements that clearing a sub-attribute left hollow, but keeps an element
	 * written with only {@code type} or {@code primary}: a later operation of the request
	 * may add its value ({@code .primary} before {@code .value}), and dropping it would
	 * make the operation a silent no-op.
	 */
	private void tidy(ObjectNode container, List<ObjectNode> touched, boolean cleared) {
		JsonNode current = PropertyNames.get(container, this.target.name());
		if (current instanceof ArrayNode values) {
			if (cleared) {
				DocumentEditor.dropHollow(values, touched);
			}
			DocumentEditor.singlePrimary(values, touched);
		}
		DocumentEditor.dropIfEmpty(container, this.target.name());
	}

	private static void removeAt(ArrayNode values, int index, @Nullable String subName) {
		if (subName == null) {
			values.remove(index);
		}
		else {
			DocumentEditor.removeFrom(values.get(index), subName);
		}
	}

}
