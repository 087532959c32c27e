package energy.foundation.identity.operator;

import java.net.URI;
import java.util.List;

import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Onboards, shows, suspends and reinstates organisations.
 */
@RestController
@RequestMapping(path = "/operator/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganisationController {

	private final Organisations organisations;

	private final ScimBaseUrls scimBaseUrls;

	private final OperatorApiAudit audit;

	OrganisationController(Organisations organisations, ScimBaseUrls scimBaseUrls, OperatorApiAudit audit) {
		this.organisations = organisations;
		this.scimBaseUrls = scimBaseUrls;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<OrganisationResponse> create(@RequestBody OrganisationRequest request,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		String name = required(request.name(), "name");
		String entraTenantId = required(request.entraTenantId(), "entraTenantId");
		Organisation organisation = this.organisations.create(name, entraTenantId);
		this.audit.record(operator, http, organisation.id(), "organisation.created", organisation.id().toString(),
				"name " + organisation.name() + ", Entra tenant " + organisation.entraTenantId());

		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(organisation.id())
			.toUri();
		return ResponseEntity.created(location).body(response(organisation));
	}

	@GetMapping
	List<OrganisationResponse> list() {
		return this.organisations.list().stream().map(this::response).toList();
	}

	@GetMapping("/{id}")
	OrganisationResponse get(@PathVariable String id) {
		return response(existing(id));
	}

	@PostMapping("/{id}/suspend")
	OrganisationResponse suspend(@PathVariable String id, @AuthenticationPrincipal OperatorPrincipal operator,
			HttpServletRequest http) {
		Organisation before = existing(id);
		Organisation after = this.organisations.suspend(before.id());
		auditStatusChange(operator, http, before, after, "organisation.suspended");
		return response(after);
	}

	@PostMapping("/{id}/reinstate")
	OrganisationResponse reinstate(@PathVariable String id, @AuthenticationPrincipal OperatorPrincipal operator,
			HttpServletRequest http) {
		Organisation before = existing(id);
		Organisation after = this.organisations.reinstate(before.id());
		auditStatusChange(operator, http, before, after, "organisation.reinstated");
		return response(after);
	}

	private Organisation existing(String id) {
		return this.organisations.find(OperatorIds.parse(id, "organisation"))
			.orElseThrow(() -> new NotFoundException("No organisation has this id"));
	}

	private void auditStatusChange(OperatorPrincipal operator, HttpServletRequest http, Organisation before,
			Organisation after, String action) {
		if (before.status() != after.status()) {
			this.audit.record(operator, http, after.id(), action, after.id().toString(), "name " + after.name());
		}
	}

	private OrganisationResponse response(Organisation organisation) {
		return OrganisationResponse.of(organisation, this.scimBaseUrls.of(organisation.id()));
	}

	private static String required(@Nullable String value, String name) {
		if (value == null) {
			throw new InvalidRequestException(name + " is required");
		}
		return value;
	}

}
