package energy.foundation.identity.operator;

import java.net.URI;
import java.util.List;

import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.scim.ScimBaseUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
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
@RequestMapping("/operator/api/organisations")
class OrganisationController {

	private final Organisations organisations;

	private final ScimBaseUrls scimBaseUrls;

	OrganisationController(Organisations organisations, ScimBaseUrls scimBaseUrls) {
		this.organisations = organisations;
		this.scimBaseUrls = scimBaseUrls;
	}

	@PostMapping
	ResponseEntity<OrganisationResponse> create(@RequestBody OrganisationRequest request) {
		String name = required(request.name(), "name");
		String entraTenantId = required(request.entraTenantId(), "entraTenantId");
		Organisation organisation = this.organisations.create(name, entraTenantId);

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
		return this.organisations.find(OperatorIds.parse(id, "organisation"))
			.map(this::response)
			.orElseThrow(() -> new NotFoundException("No organisation has this id"));
	}

	@PostMapping("/{id}/suspend")
	OrganisationResponse suspend(@PathVariable String id) {
		return response(this.organisations.suspend(OperatorIds.parse(id, "organisation")));
	}

	@PostMapping("/{id}/reinstate")
	OrganisationResponse reinstate(@PathVariable String id) {
		return response(this.organisations.reinstate(OperatorIds.parse(id, "organisation")));
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
