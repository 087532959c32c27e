package energy.foundation.identity.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogPage;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The audit log: every operator and tenant administrator action, newest first, filtered
 * by organisation, kind of actor, action and day, a page at a time. The filter form works
 * as a plain GET form; with htmx it refreshes only the results.
 */
@Controller
class AuditLogPageController {

	static final int PAGE_SIZE = 50;

	/**
	 * The actions the console and the operator API record, offered as suggestions.
	 */
	static final List<String> KNOWN_ACTIONS = List.of("organisation.created", "organisation.suspended",
			"organisation.reinstated", "instance.created", "instance.renamed", "instance.retired",
			"scim-credential.issued", "scim-credential.revoked", "sign-in-provider.enabled",
			"sign-in-provider.disabled", "sign-in-provider.issuer-set", "sign-in-provider.issuer-cleared",
			"operator-token.issued", "operator-token.revoked", "operator-account.set-up", "operator-account.created",
			"operator-account.disabled", "operator-account.enabled", "operator-account.password-reset",
			"token-signing-key.rotated");

	private final AuditLog auditLog;

	private final Organisations organisations;

	AuditLogPageController(AuditLog auditLog, Organisations organisations) {
		this.auditLog = auditLog;
		this.organisations = organisations;
	}

	@GetMapping("/operator/audit-log")
	String show(AuditLogFilter filter, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		Map<String, String> errors = new LinkedHashMap<>();
		AuditLogQuery query = filter.query(errors);

		model.addAttribute("filter", filter);
		model.addAttribute("actorKinds", ActorKind.values());
		model.addAttribute("knownActions", KNOWN_ACTIONS);
		model.addAttribute("errors", errors);
		if (query != null) {
			AuditLogPage page = search(query, filter.after(), model);
			model.addAttribute("page", page);
			model.addAttribute("organisationNames", organisationNames(page.entries()));
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return (htmx != null) ? "operator/audit-log :: results" : "operator/audit-log";
	}

	private AuditLogPage search(AuditLogQuery query, @Nullable String after, Model model) {
		if (after == null || after.isBlank()) {
			return this.auditLog.search(query);
		}
		try {
			return this.auditLog.search(query.after(after));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", "That page link is out of date; here are the newest entries.");
			return this.auditLog.search(query);
		}
	}

	private Map<UUID, String> organisationNames(List<AuditLogEntry> entries) {
		Map<UUID, String> names = new HashMap<>();
		for (AuditLogEntry entry : entries) {
			UUID organisationId = entry.organisationId();
			if (organisationId != null && !names.containsKey(organisationId)) {
				names.put(organisationId,
						this.organisations.find(organisationId).map(Organisation::name).orElse("(unknown)"));
			}
		}
		return names;
	}

	/**
	 * The audit log's filter form as typed, every field optional; dates are days in UTC,
	 * both inclusive.
	 *
	 * @param organisation an organisation id
	 * @param actor an {@link ActorKind} name
	 * @param action an action such as {@code organisation.suspended}
	 * @param from the first day, {@code yyyy-mm-dd}
	 * @param to the last day, {@code yyyy-mm-dd}
	 * @param after the cursor of the page to show
	 */
	record AuditLogFilter(@Nullable String organisation, @Nullable String actor, @Nullable String action,
			@Nullable String from, @Nullable String to, @Nullable String after) {

		/**
		 * The query, or {@code null} with the problems in {@code errors} by field.
		 */
		@Nullable AuditLogQuery query(Map<String, String> errors) {
			UUID organisationId = organisationId(errors);
			ActorKind actorKind = actorKind(errors);
			Instant fromTime = day(this.from, "from", errors);
			Instant toDay = day(this.to, "to", errors);
			Instant toTime = (toDay != null) ? toDay.plusSeconds(86_400) : null;
			if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
				errors.put("to", "The last day must not be before the first day.");
			}
			if (!errors.isEmpty()) {
				return null;
			}
			String actionText = blankToNull(this.action);
			return new AuditLogQuery(organisationId, actorKind,
					(actionText != null) ? actionText.toLowerCase(Locale.ROOT) : null, fromTime, toTime, null,
					PAGE_SIZE);
		}

		private @Nullable UUID organisationId(Map<String, String> errors) {
			String text = blankToNull(this.organisation);
			if (text == null) {
				return null;
			}
			try {
				return OperatorIds.parse(text, "organisation");
			}
			catch (NotFoundException ex) {
				errors.put("organisation", "Enter an organisation ID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
				return null;
			}
		}

		private @Nullable ActorKind actorKind(Map<String, String> errors) {
			String text = blankToNull(this.actor);
			if (text == null) {
				return null;
			}
			for (ActorKind kind : ActorKind.values()) {
				if (kind.name().equalsIgnoreCase(text)) {
					return kind;
				}
			}
			errors.put("actor", "Choose a kind of actor from the list.");
			return null;
		}

		private static @Nullable Instant day(@Nullable String text, String field, Map<String, String> errors) {
			String value = blankToNull(text);
			if (value == null) {
				return null;
			}
			try {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.put(field, "Enter a date as year-month-day, for example 2026-12-03.");
				return null;
			}
		}

		private static @Nullable String blankToNull(@Nullable String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

}
