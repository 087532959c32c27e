package energy.foundation.identity.api;

import java.util.Locale;
import java.util.UUID;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.credential.MachineClientPrincipal;
import energy.foundation.identity.signin.SignInClaims;
import energy.foundation.identity.signin.SignInDecisions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in decisions: the instance sends the verified claims of a person signing in and
 * learns who it is and with which roles, or why not. The answer is 200 either way; a
 * malformed request is a 400 problem.
 */
@RestController
@Tag(name = "sign-in", description = "Who a person signing in to the instance is, and with which roles")
class SignInDecisionsApiController {

	private static final int MAX_LENGTH = 512;

	private final SignInDecisions decisions;

	SignInDecisionsApiController(SignInDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping(path = DirectoryApiUrls.API_PATH + "/sign-in-decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "decideSignIn", summary = "Decide whether a person may sign in to the instance",
			description = "Send the claims of the person's Entra ID or Okta ID token, after verifying its "
					+ "signature, issuer and audience: the service trusts them as sent. The answer is allowed with "
					+ "the user and its roles, or refused with a reason. The first allowed sign-in links the "
					+ "identity (Entra tid and oid, or Okta issuer and subject) to one provisioned user, in this "
					+ "instance only; later sign-ins to the instance use the link only.")
	SignInDecisionResponse decide(@AuthenticationPrincipal MachineClientPrincipal client,
			@RequestBody SignInDecisionRequest request, HttpServletRequest http) {
		SignInClaims claims = claims(request);
		Actor actor = new Actor(ActorKind.MACHINE_CLIENT, client.id().toString(), client.clientId(),
				http.getRemoteAddr());
		return SignInDecisionResponse
			.of(this.decisions.decide(client.organisationId(), client.instanceId(), claims, actor));
	}

	private static SignInClaims claims(SignInDecisionRequest request) {
		String provider = (request.provider() != null) ? request.provider().strip().toLowerCase(Locale.ROOT) : "";
		// accepted for compatibility and checked like every field, but never matched
		optional(request.email(), "email");
		return switch (provider) {
			case "entra" -> new SignInClaims.Entra(guid(request.tenantId(), "tenantId"),
					guid(request.objectId(), "objectId").toString(),
					optional(request.preferredUsername(), "preferredUsername"));
			case "okta" ->
				new SignInClaims.Okta(required(request.issuer(), "issuer"), required(request.subject(), "subject"));
			default -> throw ApiRequestException.badRequest("provider must be entra or okta");
		};
	}

	private static UUID guid(@Nullable String text, String name) {
		UUID guid = ApiParameters.uuid(required(text, name));
		if (guid != null) {
			return guid;
		}
		throw ApiRequestException.badRequest(
				name + " must be a GUID, as in the token's " + (name.equals("tenantId") ? "tid" : "oid") + " claim");
	}

	private static String required(@Nullable String text, String name) {
		String value = optional(text, name);
		if (value == null) {
			throw ApiRequestException.badRequest(name + " is required");
		}
		return value;
	}

	private static @Nullable String optional(@Nullable String text, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > MAX_LENGTH) {
			throw ApiRequestException.badRequest(name + " must be at most " + MAX_LENGTH + " characters long");
		}
		if (value.chars().anyMatch(Character::isISOControl)) {
			throw ApiRequestException.badRequest(name + " must not contain control characters");
		}
		return value;
	}

}
