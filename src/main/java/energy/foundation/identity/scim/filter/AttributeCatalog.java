package energy.foundation.identity.scim.filter;

/**
 * Resolves attribute paths of one resource type against its schemas, so that a filter can
 * be evaluated with the right case rules and data types.
 */
public interface AttributeCatalog {

	/**
	 * The path in canonical form: the core schema URN removed, extension URNs and names
	 * kept.
	 */
	AttributePath canonical(AttributePath path);

	/**
	 * Traits of the attribute or sub-attribute the path names;
	 * {@link AttributeTraits#UNKNOWN} for attributes that no schema defines (they are
	 * stored as sent, and a filter compares them by the type of its literal).
	 */
	AttributeTraits traits(AttributePath path);

}
