package energy.foundation.identity.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the users page as the query string carries them; unknown values count as
 * "all", so that a mistyped link still shows a page.
 *
 * @param q text that the user name, display name, name or an e-mail address contains
 * @param type {@code all}, {@code member} or {@code guest}
 * @param status {@code all}, {@code active} or {@code disabled}
 */
record UserFilters(String q, String type, String status) {

	static UserFilters of(@Nullable String q, @Nullable String type, @Nullable String status) {
		String text = (q != null) ? q.strip() : "";
		String checkedType = oneOf(type, "member", "guest");
		String checkedStatus = oneOf(status, "active", "disabled");
		return new UserFilters(text, checkedType, checkedStatus);
	}

	@Nullable String text() {
		return this.q.isEmpty() ? null : this.q;
	}

	@Nullable Boolean guest() {
		return switch (this.type) {
			case "member" -> false;
			case "guest" -> true;
			default -> null;
		};
	}

	@Nullable Boolean active() {
		return switch (this.status) {
			case "active" -> true;
			case "disabled" -> false;
			default -> null;
		};
	}

	/**
	 * Whether any filter narrows the list.
	 */
	public boolean narrowed() {
		return !this.q.isEmpty() || !"all".equals(this.type) || !"all".equals(this.status);
	}

	/**
	 * The users page with these filters, from the given cursor.
	 */
	String link(@Nullable String after) {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("q", this.q);
		parameters.put("type", "all".equals(this.type) ? null : this.type);
		parameters.put("status", "all".equals(this.status) ? null : this.status);
		parameters.put("after", after);
		return PageLinks.of("/admin/users", parameters);
	}

	private static String oneOf(@Nullable String value, String... allowed) {
		String lower = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		for (String candidate : allowed) {
			if (candidate.equals(lower)) {
				return candidate;
			}
		}
		return "all";
	}

}
