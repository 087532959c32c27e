package energy.foundation.identity.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of a list page that keep its filters: the first page and the next one.
 * Templates put them through {@code @{...}}, which adds the context path.
 */
final class PageLinks {

	private PageLinks() {
	}

	/**
	 * The path with the given query parameters, leaving out empty ones, encoded.
	 */
	static String of(String path, Map<String, @Nullable String> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				builder.queryParam(name, value);
			}
		});
		return builder.encode().build().toUriString();
	}

}
