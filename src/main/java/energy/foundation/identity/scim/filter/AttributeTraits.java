package energy.foundation.identity.scim.filter;

/**
 * What a filter translator needs to know of an attribute (RFC 7643 §2.2 characteristics).
 *
 * @param type the attribute's data type
 * @param multiValued whether the attribute holds a list
 * @param caseExact whether string comparisons respect case
 * @param defined whether a schema defines the attribute; an undefined one is stored as
 * sent and may hold any JSON value
 */
public record AttributeTraits(AttributeType type, boolean multiValued, boolean caseExact, boolean defined) {

	/**
	 * Traits of an attribute no schema defines: RFC 7643 §2.2 defaults (a single,
	 * case-insensitive string), marked as not defined.
	 */
	public static final AttributeTraits UNKNOWN = new AttributeTraits(AttributeType.STRING, false, false, false);

	/**
	 * Traits of an attribute a schema defines.
	 */
	public AttributeTraits(AttributeType type, boolean multiValued, boolean caseExact) {
		this(type, multiValued, caseExact, true);
	}

	/**
	 * Data types of RFC 7643 §2.3.
	 */
	public enum AttributeType {

		STRING, BOOLEAN, DECIMAL, INTEGER, DATE_TIME, BINARY, REFERENCE, COMPLEX

	}

}
