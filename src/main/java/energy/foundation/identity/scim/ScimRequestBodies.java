package energy.foundation.identity.scim;

import java.util.Locale;

import energy.foundation.identity.scim.error.ScimException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads SCIM request bodies: {@code application/scim+json} and {@code application/json},
 * with or without parameters such as {@code charset=utf-8} (Entra ID sends them).
 * Anything that is not JSON is refused with a SCIM error that says where the body went
 * wrong, never echoing its content.
 */
@Component
final class ScimRequestBodies {

	private final JsonMapper mapper;

	ScimRequestBodies(JsonMapper mapper) {
		this.mapper = mapper;
	}

	JsonNode read(@Nullable String contentType, byte @Nullable [] body) {
		checkContentType(contentType);
		if (body == null || body.length == 0) {
			throw ScimException.invalidSyntax("The request body is empty; a JSON object is required");
		}
		try {
			JsonNode json = this.mapper.readTree(body);
			if (json == null || json.isMissingNode()) {
				throw ScimException.invalidSyntax("The request body is empty; a JSON object is required");
			}
			return json;
		}
		catch (JacksonException ex) {
			throw ScimException.invalidSyntax("The request body is not valid JSON" + where(ex), ex);
		}
	}

	private static void checkContentType(@Nullable String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return;
		}
		String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		boolean json = type.equals("application/json") || type.equals("application/scim+json")
				|| (type.startsWith("application/") && type.endsWith("+json"));
		if (!json) {
			throw ScimException.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
					"Content-Type must be application/scim+json or application/json");
		}
	}

	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
