package energy.foundation.identity.operator;

import java.util.List;

import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.credential.RotatedSigningKeys;
import energy.foundation.identity.credential.TokenSigningKeyRotation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists and rotates the keys that directory API access tokens are signed with; a rotation
 * is written to the audit log.
 */
@RestController
@RequestMapping(path = "/operator/api/token-signing-keys", produces = MediaType.APPLICATION_JSON_VALUE)
class TokenSigningKeyController {

	private final TokenSigningKeyRotation rotation;

	private final OperatorApiAudit audit;

	TokenSigningKeyController(TokenSigningKeyRotation rotation, OperatorApiAudit audit) {
		this.rotation = rotation;
		this.audit = audit;
	}

	@GetMapping
	List<TokenSigningKeyResponse> list() {
		return this.rotation.list().stream().map(TokenSigningKeyResponse::of).toList();
	}

	@PostMapping("/rotate")
	SigningKeyRotationResponse rotate(@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		RotatedSigningKeys rotated = this.rotation.rotate();
		this.audit.record(operator, http, null, SigningKeyRotationAudit.ACTION, rotated.signingKey().keyId(),
				SigningKeyRotationAudit.detail(rotated));
		return SigningKeyRotationResponse.of(rotated);
	}

}
