package energy.foundation.identity.scim;

import java.util.Locale;

import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;

/**
 * Weak entity tags derived from a resource's version (RFC 7644 §3.14), and the
 * preconditions {@code If-Match} and {@code If-None-Match} built on them. Clients never
 * have to send either.
 */
final class EntityTags {

	private EntityTags() {
	}

	static String of(long version) {
		return "W/\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header requires, or {@code null} when any version
	 * will do (no header, or {@code *}).
	 * @throws ScimException 412 when the header names no version this service could have
	 * issued
	 */
	static @Nullable Long requiredVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
			return null;
		}
		Long version = parse(ifMatch);
		if (version == null) {
			throw ScimException.preconditionFailed("If-Match does not name a current version of the resource");
		}
		return version;
	}

	/**
	 * Whether an {@code If-None-Match} header matches the given version (so a GET may
	 * answer 304).
	 */
	static boolean matches(@Nullable String ifNoneMatch, long version) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",", -1)) {
			String tag = candidate.trim();
			if (tag.equals("*") || Long.valueOf(version).equals(parse(tag))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Long parse(String tag) {
		String value = tag.trim();
		if (value.toUpperCase(Locale.ROOT).startsWith("W/")) {
			value = value.substring(2);
		}
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
