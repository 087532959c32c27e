package energy.foundation.identity.scim.compliance;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a case run may use: the first organisation's SCIM base URL and token, optionally a
 * second organisation's, extra variables and the needs treated as available (a variable
 * also satisfies the need of its name, as {@code --var} does for {@code run-cases.mjs}).
 *
 * @param base the first organisation's SCIM base URL, without a trailing slash
 * @param token the first organisation's bearer token
 * @param base2 the second organisation's SCIM base URL, or {@code null}
 * @param token2 the second organisation's bearer token, or {@code null}
 * @param variables extra variables for every case
 * @param enabledNeeds needs to treat as available
 */
record CaseEnvironment(String base, String token, @Nullable String base2, @Nullable String token2,
		Map<String, String> variables, Set<String> enabledNeeds) {

	private static final SecureRandom RANDOM = new SecureRandom();

	CaseEnvironment {
		base = base.replaceAll("/+$", "");
		base2 = (base2 != null) ? base2.replaceAll("/+$", "") : null;
		variables = Map.copyOf(variables);
		enabledNeeds = Set.copyOf(enabledNeeds);
	}

	/**
	 * One organisation only.
	 */
	static CaseEnvironment of(String base, String token) {
		return new CaseEnvironment(base, token, null, null, Map.of(), Set.of());
	}

	/**
	 * Whether a second organisation is available.
	 */
	boolean hasSecondTenant() {
		return this.base2 != null && this.token2 != null && !this.token2.isEmpty();
	}

	/**
	 * Whether a case need is satisfied.
	 */
	boolean provides(String need) {
		if (need.equals("tenant2")) {
			return hasSecondTenant();
		}
		return this.enabledNeeds.contains(need) || this.variables.containsKey(need);
	}

	/**
	 * The variables a case run starts with: the extra ones, a fresh {@code run} suffix
	 * and {@code uuid}, and the credentials and base URLs.
	 */
	Map<String, String> initialVariables() {
		byte[] run = new byte[4];
		RANDOM.nextBytes(run);
		Map<String, String> variables = new LinkedHashMap<>(this.variables);
		variables.put("run", HexFormat.of().formatHex(run));
		variables.put("uuid", UUID.randomUUID().toString());
		variables.put("token", this.token);
		variables.put("base", this.base);
		if (hasSecondTenant()) {
			variables.put("token2", this.token2);
			variables.put("base2", this.base2);
		}
		return variables;
	}

	@Override
	public String toString() {
		return "CaseEnvironment[" + this.base + ", " + this.base2 + "]";
	}

}
