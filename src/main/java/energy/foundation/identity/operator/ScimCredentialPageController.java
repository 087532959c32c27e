package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revokes an organisation's SCIM credential on the customer's behalf. Operators never see
 * or generate secrets: customers generate them in the tenant admin app.
 */
@Controller
class ScimCredentialPageController {

	private final ScimCredentials credentials;

	private final ConsoleAudit audit;

	ScimCredentialPageController(ScimCredentials credentials, ConsoleAudit audit) {
		this.credentials = credentials;
		this.audit = audit;
	}

	@PostMapping("/operator/organisations/{id}/scim-credentials/{credentialId}/revoke")
	String revoke(@PathVariable String id, @PathVariable String credentialId,
			@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID organisationId = OperatorIds.parse(id, "organisation");
		ScimCredential credential = this.credentials
			.find(organisationId, OperatorIds.parse(credentialId, "SCIM credential"))
			.orElseThrow(() -> new NotFoundException("The organisation has no SCIM credential with this id"));

		if (!credential.revoked()) {
			this.credentials.revoke(organisationId, credential.id());
			this.audit.record(operator, request, organisationId, "scim-credential.revoked", credential.id().toString(),
					"label " + credential.label() + ", prefix " + credential.prefix());
		}
		redirect.addFlashAttribute("notice", "Revoked the SCIM credential " + credential.label() + ".");
		return "redirect:/operator/organisations/" + organisationId + "#scim-credentials";
	}

}
