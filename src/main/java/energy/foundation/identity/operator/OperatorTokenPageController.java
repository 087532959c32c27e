package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.credential.IssuedOperatorToken;
import energy.foundation.identity.credential.OperatorToken;
import energy.foundation.identity.credential.OperatorTokens;
import energy.foundation.identity.credential.RotatedSigningKeys;
import energy.foundation.identity.credential.TokenSigningKeyRotation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's API tokens page: the tokens with which scripts call the operator
 * API, and the keys that directory API access tokens are signed with. A new token is
 * shown once, on the answer to the request that issued it, which no cache keeps.
 */
@Controller
class OperatorTokenPageController {

	static final int MAX_LABEL_LENGTH = 200;

	private final OperatorTokens tokens;

	private final TokenSigningKeyRotation signingKeys;

	private final ConsoleAudit audit;

	OperatorTokenPageController(OperatorTokens tokens, TokenSigningKeyRotation signingKeys, ConsoleAudit audit) {
		this.tokens = tokens;
		this.signingKeys = signingKeys;
		this.audit = audit;
	}

	@GetMapping("/operator/api-tokens")
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		model.addAttribute("signingKeys", this.signingKeys.list());
		model.addAttribute("label", "");
		return "operator/api-tokens";
	}

	@PostMapping("/operator/api-tokens")
	ModelAndView issue(@RequestParam(defaultValue = "") String label, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, HttpServletResponse response) {
		String stripped = label.strip();
		String problem = labelProblem(stripped);
		if (problem != null) {
			ModelAndView page = new ModelAndView("operator/api-tokens");
			page.addObject("tokens", this.tokens.list());
			page.addObject("signingKeys", this.signingKeys.list());
			page.addObject("label", label);
			page.addObject("labelError", problem);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}

		IssuedOperatorToken issued = this.tokens.issue(stripped);
		this.audit.record(operator, request, null, "operator-token.issued", issued.id().toString(),
				"label " + issued.label() + ", prefix " + issued.prefix());

		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		ModelAndView page = new ModelAndView("operator/api-token-issued");
		page.addObject("issued", issued);
		return page;
	}

	@PostMapping("/operator/api-tokens/{id}/revoke")
	String revoke(@PathVariable String id, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, RedirectAttributes redirect) {
		UUID tokenId = OperatorIds.parse(id, "operator token");
		OperatorToken token = this.tokens.list()
			.stream()
			.filter((candidate) -> candidate.id().equals(tokenId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No operator token has this id"));

		if (!token.revoked()) {
			this.tokens.revoke(tokenId);
			this.audit.record(operator, request, null, "operator-token.revoked", tokenId.toString(),
					"label " + token.label() + ", prefix " + token.prefix());
		}
		redirect.addFlashAttribute("notice", "Revoked the API token " + token.label() + ".");
		return "redirect:/operator/api-tokens";
	}

	@PostMapping("/operator/token-signing-keys/rotate")
	String rotateSigningKey(@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		RotatedSigningKeys rotated = this.signingKeys.rotate();
		this.audit.record(operator, request, null, SigningKeyRotationAudit.ACTION, rotated.signingKey().keyId(),
				SigningKeyRotationAudit.detail(rotated));

		redirect.addFlashAttribute("notice",
				"Rotated the token signing key: " + rotated.signingKey().keyId() + " signs from now on.");
		return "redirect:/operator/api-tokens";
	}

	private static @Nullable String labelProblem(String label) {
		if (label.isEmpty()) {
			return "Enter a label, for example the script or the person that will use the token.";
		}
		if (label.length() > MAX_LABEL_LENGTH) {
			return "The label must be at most " + MAX_LABEL_LENGTH + " characters long.";
		}
		if (label.chars().anyMatch(Character::isISOControl)) {
			return "The label must not contain control characters.";
		}
		return null;
	}

}
