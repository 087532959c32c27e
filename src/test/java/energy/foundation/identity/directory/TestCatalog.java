package energy.foundation.identity.directory;

import java.util.Locale;
import java.util.Map;

import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.AttributeTraits;
import energy.foundation.identity.scim.filter.AttributeTraits.AttributeType;

/**
 * A small stand-in for the schema registry: the traits of the attributes the tests use,
 * keyed by lower-case canonical path.
 */
final class TestCatalog implements AttributeCatalog {

	static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	static final String CUSTOM = "urn:example:params:scim:schemas:extension:test:2.0:User";

	static final TestCatalog INSTANCE = new TestCatalog();

	private static final AttributeTraits STRING = new AttributeTraits(AttributeType.STRING, false, false);

	private static final AttributeTraits EXACT = new AttributeTraits(AttributeType.STRING, false, true);

	private static final AttributeTraits COMPLEX = new AttributeTraits(AttributeType.COMPLEX, false, false);

	private static final AttributeTraits COMPLEX_LIST = new AttributeTraits(AttributeType.COMPLEX, true, false);

	private static final AttributeTraits BOOLEAN = new AttributeTraits(AttributeType.BOOLEAN, false, false);

	private static final AttributeTraits TIME = new AttributeTraits(AttributeType.DATE_TIME, false, false);

	private static final Map<String, AttributeTraits> TRAITS = Map.ofEntries(Map.entry("id", EXACT),
			Map.entry("username", STRING), Map.entry("externalid", EXACT), Map.entry("displayname", STRING),
			Map.entry("nickname", STRING), Map.entry("title", STRING), Map.entry("active", BOOLEAN),
			Map.entry("name", COMPLEX), Map.entry("name.givenname", STRING), Map.entry("name.familyname", STRING),
			Map.entry("emails", COMPLEX_LIST), Map.entry("emails.value", STRING), Map.entry("emails.type", STRING),
			Map.entry("emails.primary", BOOLEAN), Map.entry("addresses", COMPLEX_LIST),
			Map.entry("addresses.street", STRING), Map.entry("meta", COMPLEX), Map.entry("meta.created", TIME),
			Map.entry("meta.lastmodified", TIME), Map.entry("meta.resourcetype", EXACT),
			Map.entry("meta.location", EXACT), Map.entry("meta.version", EXACT), Map.entry("members", COMPLEX_LIST),
			Map.entry("members.value", EXACT), Map.entry("members.type", STRING), Map.entry("groups", COMPLEX_LIST),
			Map.entry("groups.value", EXACT), Map.entry(key(ENTERPRISE, "employeenumber"), STRING),
			Map.entry(key(ENTERPRISE, "manager"), COMPLEX), Map.entry(key(ENTERPRISE, "manager.value"), EXACT),
			Map.entry(key(CUSTOM, "score"), new AttributeTraits(AttributeType.DECIMAL, false, false)),
			Map.entry(key(CUSTOM, "hiredate"), TIME), Map.entry(key(CUSTOM, "badge"), EXACT));

	private TestCatalog() {
	}

	@Override
	public AttributePath canonical(AttributePath path) {
		String schema = path.schema();
		boolean core = schema != null && (schema.equalsIgnoreCase("urn:ietf:params:scim:schemas:core:2.0:User")
				|| schema.equalsIgnoreCase("urn:ietf:params:scim:schemas:core:2.0:Group"));
		return core ? path.withoutSchema() : path;
	}

	@Override
	public AttributeTraits traits(AttributePath path) {
		return TRAITS.getOrDefault(canonical(path).key(), AttributeTraits.UNKNOWN);
	}

	private static String key(String schema, String attribute) {
		return (schema + ":" + attribute).toLowerCase(Locale.ROOT);
	}

}
