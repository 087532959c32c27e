package energy.foundation.identity.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningLogQuery;
import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the provisioning log page as the query string carries them, read
 * leniently: an unknown outcome or operation means "all", and a time that cannot be read
 * is left out with a message for its field.
 *
 * @param outcome {@code ACCEPTED}, {@code REJECTED} or empty
 * @param operation a {@link ProvisioningOperation} name or empty
 * @param from the start of the time range as typed ({@code yyyy-MM-ddTHH:mm}, UTC)
 * @param to the end of the time range as typed
 * @param errors messages by field name for what could not be read
 */
record LogFilters(String outcome, String operation, String from, String to, Map<String, String> errors) {

	static LogFilters of(@Nullable String outcome, @Nullable String operation, @Nullable String from,
			@Nullable String to) {
		Map<String, String> errors = new LinkedHashMap<>();
		String checkedOutcome = enumName(outcome, ProvisioningOutcome.class);
		String checkedOperation = enumName(operation, ProvisioningOperation.class);
		String fromText = (from != null) ? from.strip() : "";
		String toText = (to != null) ? to.strip() : "";
		Instant fromTime = time(fromText, "from", errors);
		Instant toTime = time(toText, "to", errors);
		if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
			errors.put("to", "The end of the time range must be after its start.");
		}
		return new LogFilters(checkedOutcome, checkedOperation, fromText, toText, Map.copyOf(errors));
	}

	/**
	 * The query for one page of entries, optionally about one resource.
	 */
	ProvisioningLogQuery query(@Nullable UUID resourceId, @Nullable String after, int size) {
		ProvisioningOutcome outcomeFilter = this.outcome.isEmpty() ? null : ProvisioningOutcome.valueOf(this.outcome);
		ProvisioningOperation operationFilter = this.operation.isEmpty() ? null
				: ProvisioningOperation.valueOf(this.operation);
		Instant fromTime = this.errors.containsKey("from") ? null : time(this.from, "from", new LinkedHashMap<>());
		Instant toTime = this.errors.containsKey("to") ? null : time(this.to, "to", new LinkedHashMap<>());
		return new ProvisioningLogQuery(outcomeFilter, operationFilter, fromTime, toTime, resourceId, after, size);
	}

	/**
	 * Whether any filter narrows the log.
	 */
	public boolean narrowed() {
		return !this.outcome.isEmpty() || !this.operation.isEmpty() || !this.from.isEmpty() || !this.to.isEmpty();
	}

	/**
	 * The provisioning log page with these filters, from the given cursor.
	 */
	String link(@Nullable String after) {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("outcome", this.outcome);
		parameters.put("operation", this.operation);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		parameters.put("after", after);
		return PageLinks.of("/admin/provisioning-log", parameters);
	}

	private static <E extends Enum<E>> String enumName(@Nullable String text, Class<E> type) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String upper = text.strip().toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(upper)) {
				return upper;
			}
		}
		return "";
	}

	private static @Nullable Instant time(String text, String field, Map<String, String> errors) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			LocalDateTime time = LocalDateTime.parse(text);
			if (time.getYear() < 1970 || time.getYear() > 9999) {
				errors.put(field, "Enter a time between the years 1970 and 9999.");
				return null;
			}
			return time.toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "Enter a date and time such as 2026-12-03T09:30 (UTC).");
			return null;
		}
	}

}
