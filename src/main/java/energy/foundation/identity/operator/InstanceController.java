package energy.foundation.identity.operator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.UnknownInstanceException;
import energy.foundation.identity.organisation.UnknownOrganisationException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creates, lists, renames and retires an organisation's instances.
 */
@RestController
@RequestMapping("/operator/api/organisations/{organisationId}/instances")
class InstanceController {

	private final Instances instances;

	private final Organisations organisations;

	InstanceController(Instances instances, Organisations organisations) {
		this.instances = instances;
		this.organisations = organisations;
	}

	@GetMapping
	List<InstanceResponse> list(@PathVariable String organisationId,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		UUID organisation = existingOrganisation(organisationId);
		return this.instances.list(organisation, includeRetired).stream().map(InstanceResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<InstanceResponse> create(@PathVariable String organisationId, @RequestBody InstanceRequest request) {
		UUID organisation = OperatorIds.parse(organisationId, "organisation");
		Instance instance = this.instances.create(organisation, request.requiredName());

		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(instance.id())
			.toUri();
		return ResponseEntity.created(location).body(InstanceResponse.of(instance));
	}

	@GetMapping("/{instanceId}")
	InstanceResponse get(@PathVariable String organisationId, @PathVariable String instanceId) {
		UUID organisation = existingOrganisation(organisationId);
		UUID instance = OperatorIds.parse(instanceId, "instance");
		return this.instances.find(organisation, instance)
			.map(InstanceResponse::of)
			.orElseThrow(() -> new UnknownInstanceException(instance));
	}

	@PatchMapping("/{instanceId}")
	InstanceResponse rename(@PathVariable String organisationId, @PathVariable String instanceId,
			@RequestBody InstanceRequest request) {
		UUID organisation = existingOrganisation(organisationId);
		UUID instance = OperatorIds.parse(instanceId, "instance");
		return InstanceResponse.of(this.instances.rename(organisation, instance, request.requiredName()));
	}

	@PostMapping("/{instanceId}/retire")
	InstanceResponse retire(@PathVariable String organisationId, @PathVariable String instanceId) {
		UUID organisation = existingOrganisation(organisationId);
		UUID instance = OperatorIds.parse(instanceId, "instance");
		return InstanceResponse.of(this.instances.retire(organisation, instance));
	}

	private UUID existingOrganisation(String organisationId) {
		UUID id = OperatorIds.parse(organisationId, "organisation");
		if (this.organisations.find(id).isEmpty()) {
			throw new UnknownOrganisationException(id);
		}
		return id;
	}

}
