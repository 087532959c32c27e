package energy.foundation.identity.scim.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;

/**
 * An attribute or sub-attribute of a schema with the characteristics of RFC 7643 §2.2 and
 * §7.
 *
 * @param name the attribute name in its schema's casing
 * @param type the data type (RFC 7643 §2.3)
 * @param multiValued whether the value is a list
 * @param description what the attribute holds
 * @param required whether a resource must carry it
 * @param caseExact whether string values compare case-sensitively
 * @param mutability whether and when a client may change it
 * @param returned when a response includes it
 * @param uniqueness how far its values must be unique
 * @param canonicalValues suggested values (for example the {@code type} of an e-mail)
 * @param referenceTypes the resource types a {@code reference} may point to
 * @param subAttributes the sub-attributes of a complex attribute
 */
public record AttributeDefinition(String name, AttributeType type, boolean multiValued, String description,
		boolean required, boolean caseExact, Mutability mutability, Returned returned, Uniqueness uniqueness,
		List<String> canonicalValues, List<String> referenceTypes, List<AttributeDefinition> subAttributes) {

	public AttributeDefinition {
		canonicalValues = List.copyOf(canonicalValues);
		referenceTypes = List.copyOf(referenceTypes);
		subAttributes = List.copyOf(subAttributes);
	}

	/**
	 * The sub-attribute with this name, compared case-insensitively.
	 */
	public Optional<AttributeDefinition> subAttribute(String name) {
		return this.subAttributes.stream().filter((candidate) -> candidate.named(name)).findFirst();
	}

	/**
	 * Whether this attribute is called {@code name}, ignoring case (RFC 7643 §2.1).
	 */
	public boolean named(String name) {
		return this.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the attribute is a complex attribute.
	 */
	public boolean complex() {
		return this.type == AttributeType.COMPLEX;
	}

	/**
	 * Whether clients may never set the attribute.
	 */
	public boolean readOnly() {
		return this.mutability == Mutability.READ_ONLY;
	}

	/**
	 * The traits a filter needs.
	 */
	public AttributeTraits traits() {
		return new AttributeTraits(this.type, this.multiValued, this.caseExact);
	}

	static Builder builder(String name, AttributeType type, String description) {
		return new Builder(name, type, description);
	}

	/**
	 * The {@code mutability} characteristic (RFC 7643 §7).
	 */
	public enum Mutability {

		READ_ONLY("readOnly"), READ_WRITE("readWrite"), IMMUTABLE("immutable"), WRITE_ONLY("writeOnly");

		private final String wireName;

		Mutability(String wireName) {
			this.wireName = wireName;
		}

		public String wireName() {
			return this.wireName;
		}

	}

	/**
	 * The {@code returned} characteristic (RFC 7643 §7).
	 */
	public enum Returned {

		ALWAYS("always"), NEVER("never"), DEFAULT("default"), REQUEST("request");

		private final String wireName;

		Returned(String wireName) {
			this.wireName = wireName;
		}

		public String wireName() {
			return this.wireName;
		}

	}

	/**
	 * The {@code uniqueness} characteristic (RFC 7643 §7); {@code server} means unique
	 * within one organisation here.
	 */
	public enum Uniqueness {

		NONE("none"), SERVER("server"), GLOBAL("global");

		private final String wireName;

		Uniqueness(String wireName) {
			this.wireName = wireName;
		}

		public String wireName() {
			return this.wireName;
		}

	}

	/**
	 * Builds a definition starting from the defaults of RFC 7643 §2.2.
	 */
	static final class Builder {

		private final String name;

		private final AttributeType type;

		private final String description;

		private boolean multiValued;

		private boolean required;

		private boolean caseExact;

		private Mutability mutability = Mutability.READ_WRITE;

		private Returned returned = Returned.DEFAULT;

		private Uniqueness uniqueness = Uniqueness.NONE;

		private List<String> canonicalValues = List.of();

		private List<String> referenceTypes = List.of();

		private final List<AttributeDefinition> subAttributes = new ArrayList<>();

		private Builder(String name, AttributeType type, String description) {
			this.name = name;
			this.type = type;
			this.description = description;
		}

		Builder multiValued() {
			this.multiValued = true;
			return this;
		}

		Builder required() {
			this.required = true;
			return this;
		}

		Builder caseExact() {
			this.caseExact = true;
			return this;
		}

		Builder mutability(Mutability mutability) {
			this.mutability = mutability;
			return this;
		}

		Builder readOnly() {
			return mutability(Mutability.READ_ONLY);
		}

		Builder returned(Returned returned) {
			this.returned = returned;
			return this;
		}

		Builder uniqueness(Uniqueness uniqueness) {
			this.uniqueness = uniqueness;
			return this;
		}

		Builder canonicalValues(String... values) {
			this.canonicalValues = List.of(values);
			return this;
		}

		Builder referenceTypes(String... types) {
			this.referenceTypes = List.of(types);
			return this;
		}

		Builder subAttributes(Builder... builders) {
			for (Builder builder : builders) {
				this.subAttributes.add(builder.build());
			}
			return this;
		}

		AttributeDefinition build() {
			return new AttributeDefinition(this.name, this.type, this.multiValued, this.description, this.required,
					this.caseExact, this.mutability, this.returned, this.uniqueness, this.canonicalValues,
					this.referenceTypes, this.subAttributes);
		}

	}

}
