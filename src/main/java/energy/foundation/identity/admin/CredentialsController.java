package energy.foundation.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.credential.InvalidCredentialException;
import energy.foundation.identity.credential.IssuedCredential;
import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.scim.ScimBaseUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SCIM credentials page: generate a secret for Entra ID (shown once, in the answer to
 * the form and nowhere else), list the organisation's credentials and revoke them.
 */
@Controller
class CredentialsController {

	static final int MAX_LABEL_LENGTH = 200;

	// Dates past this are typing mistakes, and not every database stores them.
	private static final int LAST_YEAR = 9999;

	private final ScimCredentials credentials;

	private final ScimBaseUrls scimBaseUrls;

	private final AdminAudit audit;

	private final Clock clock;

	CredentialsController(ScimCredentials credentials, ScimBaseUrls scimBaseUrls, AdminAudit audit, Clock clock) {
		this.credentials = credentials;
		this.scimBaseUrls = scimBaseUrls;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/credentials")
	String list(@AuthenticationPrincipal TenantAdministrator administrator, Model model) {
		return page(administrator, CredentialForm.empty(), Map.of(), model);
	}

	@PostMapping("/admin/credentials")
	String generate(@AuthenticationPrincipal TenantAdministrator administrator, CredentialForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		String label = checkLabel(form.label(), errors);
		Instant expiresAt = parseExpiry(form.expires(), errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(administrator, form, errors, model);
		}

		IssuedCredential issued;
		try {
			issued = this.credentials.issue(administrator.organisationId(), label, expiresAt,
					administrator.displayName());
		}
		catch (InvalidCredentialException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(administrator, form, Map.of("label", "The label cannot be used: " + ex.getMessage() + "."),
					model);
		}

		this.audit.record(administrator, request, "scim-credential.issued", issued.id().toString(),
				"label " + issued.label() + ", prefix " + issued.prefix());

		// The secret is in this answer only: no browser or proxy may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		model.addAttribute("issued", issued);
		model.addAttribute("scimBaseUrl", this.scimBaseUrls.of(administrator.organisationId()));
		return "admin/credential-issued";
	}

	@PostMapping("/admin/credentials/{credentialId}/revoke")
	String revoke(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String credentialId,
			HttpServletRequest request, RedirectAttributes redirect) {
		UUID id = AdminIds.parse(credentialId);
		ScimCredential credential = this.credentials.find(administrator.organisationId(), id)
			.orElseThrow(PageNotFoundException::new);

		this.credentials.revoke(administrator.organisationId(), id);
		this.audit.record(administrator, request, "scim-credential.revoked", id.toString(),
				"label " + credential.label() + ", prefix " + credential.prefix());

		redirect.addFlashAttribute("revoked", credential.label());
		return "redirect:/admin/credentials";
	}

	private String page(TenantAdministrator administrator, CredentialForm form, Map<String, String> errors,
			Model model) {
		Instant now = this.clock.instant();
		List<CredentialRow> rows = this.credentials.list(administrator.organisationId())
			.stream()
			.map((credential) -> CredentialRow.of(credential, now))
			.toList();
		model.addAttribute("credentials", rows);
		model.addAttribute("activeCount", rows.stream().filter(CredentialRow::active).count());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).toString());
		return "admin/credentials";
	}

	private static String checkLabel(@Nullable String label, Map<String, String> errors) {
		String stripped = (label != null) ? label.strip() : "";
		if (stripped.isEmpty()) {
			errors.put("label", "Enter a label, for example \u201cEntra ID production\u201d.");
		}
		else if (stripped.length() > MAX_LABEL_LENGTH) {
			errors.put("label", "The label must be at most " + MAX_LABEL_LENGTH + " characters long.");
		}
		return stripped;
	}

	private @Nullable Instant parseExpiry(@Nullable String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate day = parseDay(text.strip());
		if (day == null) {
			errors.put("expires", "Enter the expiry date as year-month-day, for example 2027-06-30.");
			return null;
		}
		// The secret works through the whole of its last day.
		Instant expiresAt = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		if (!expiresAt.isAfter(this.clock.instant())) {
			errors.put("expires", "The expiry date must be today or later.");
			return null;
		}
		return expiresAt;
	}

	private static @Nullable LocalDate parseDay(String text) {
		try {
			LocalDate day = LocalDate.parse(text);
			return (day.getYear() <= LAST_YEAR) ? day : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
