package energy.foundation.identity.browser;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SCIM request bodies shaped as Microsoft Entra ID sends them (see CLIENTS.md, E03), for
 * the browser suites to provision what the pages then show.
 */
final class EntraUsers {

	private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

	private static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

	private EntraUsers() {
	}

	/**
	 * A member of the organisation's own tenant, for example
	 * {@code avery.ng@contoso.com}.
	 */
	static Map<String, Object> member(String alias, String domain, String givenName, String familyName) {
		String mail = alias + "@" + domain;
		return user(alias, mail, mail, givenName, familyName);
	}

	/**
	 * A B2B guest from another organisation's tenant: Entra marks the alias and the user
	 * principal name with {@code #EXT#}, for example
	 * {@code sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com}.
	 */
	static Map<String, Object> guest(String alias, String homeDomain, String hostDomain, String givenName,
			String familyName) {
		String externalAlias = alias + "_" + homeDomain + "#EXT#";
		String userName = externalAlias + "@" + hostDomain.replaceAll("\\..*$", "") + ".onmicrosoft.com";
		return user(externalAlias, userName, alias + "@" + homeDomain, givenName, familyName);
	}

	/**
	 * A group as Entra creates it, without members (Entra adds them with a PATCH).
	 */
	static Map<String, Object> group(String displayName) {
		return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:Group"), "externalId",
				"group-" + displayName.toLowerCase(Locale.ROOT).replace(' ', '-'), "displayName", displayName);
	}

	private static Map<String, Object> user(String externalId, String userName, String mail, String givenName,
			String familyName) {
		String displayName = givenName + " " + familyName;
		return Map.of("schemas", List.of(USER_SCHEMA, ENTERPRISE_SCHEMA), "externalId", externalId, "userName",
				userName, "active", true, "displayName", displayName, "emails",
				List.of(Map.of("primary", true, "type", "work", "value", mail)), "name",
				Map.of("formatted", displayName, "familyName", familyName, "givenName", givenName), ENTERPRISE_SCHEMA,
				Map.of("department", "Procurement"), "meta", Map.of("resourceType", "User"), "roles", List.of());
	}

}
