package energy.foundation.identity.operator;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.credential.IssuedCredential;
import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Issues, lists and revokes an organisation's SCIM credentials.
 */
@RestController
@RequestMapping(path = "/operator/api/organisations/{organisationId}/scim-credentials",
		produces = MediaType.APPLICATION_JSON_VALUE)
class ScimCredentialController {

	private final ScimCredentials credentials;

	private final Organisations organisations;

	private final ScimBaseUrls scimBaseUrls;

	private final Clock clock;

	private final OperatorApiAudit audit;

	ScimCredentialController(ScimCredentials credentials, Organisations organisations, ScimBaseUrls scimBaseUrls,
			Clock clock, OperatorApiAudit audit) {
		this.credentials = credentials;
		this.organisations = organisations;
		this.scimBaseUrls = scimBaseUrls;
		this.clock = clock;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<IssuedCredentialResponse> issue(@PathVariable String organisationId,
			@RequestBody CredentialRequest request, @AuthenticationPrincipal OperatorPrincipal operator,
			HttpServletRequest http) {
		UUID organisation = existingOrganisation(organisationId);
		if (request.label() == null) {
			throw new InvalidRequestException("label is required");
		}
		IssuedCredential issued = this.credentials.issue(organisation, request.label(), request.expiresAt(),
				operator.description());
		this.audit.record(operator, http, organisation, "scim-credential.issued", issued.id().toString(),
				"label " + issued.label() + ", prefix " + issued.prefix());

		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(issued.id())
			.toUri();
		return ResponseEntity.created(location)
			.body(IssuedCredentialResponse.of(issued, this.scimBaseUrls.of(organisation)));
	}

	@GetMapping
	List<CredentialResponse> list(@PathVariable String organisationId) {
		UUID organisation = existingOrganisation(organisationId);
		Instant now = this.clock.instant();
		return this.credentials.list(organisation)
			.stream()
			.map((credential) -> CredentialResponse.of(credential, now))
			.toList();
	}

	@GetMapping("/{credentialId}")
	CredentialResponse get(@PathVariable String organisationId, @PathVariable String credentialId) {
		UUID organisation = existingOrganisation(organisationId);
		UUID credential = OperatorIds.parse(credentialId, "SCIM credential");
		return this.credentials.find(organisation, credential)
			.map((found) -> CredentialResponse.of(found, this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("The organisation has no SCIM credential with this id"));
	}

	@DeleteMapping("/{credentialId}")
	ResponseEntity<Void> revoke(@PathVariable String organisationId, @PathVariable String credentialId,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		UUID organisation = existingOrganisation(organisationId);
		UUID id = OperatorIds.parse(credentialId, "SCIM credential");
		ScimCredential credential = this.credentials.find(organisation, id)
			.orElseThrow(() -> new NotFoundException("The organisation has no SCIM credential with this id"));

		if (this.credentials.revoke(organisation, id) && !credential.revoked()) {
			this.audit.record(operator, http, organisation, "scim-credential.revoked", id.toString(),
					"label " + credential.label() + ", prefix " + credential.prefix());
		}
		return ResponseEntity.noContent().build();
	}

	private UUID existingOrganisation(String organisationId) {
		UUID id = OperatorIds.parse(organisationId, "organisation");
		if (this.organisations.find(id).isEmpty()) {
			throw new NotFoundException("No organisation has this id");
		}
		return id;
	}

}
