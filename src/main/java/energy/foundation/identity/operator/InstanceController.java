package energy.foundation.identity.operator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.UnknownInstanceException;
import energy.foundation.identity.organisation.UnknownOrganisationException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@RequestMapping(path = "/operator/api/organisations/{organisationId}/instances",
		produces = MediaType.APPLICATION_JSON_VALUE)
class InstanceController {

	private final Instances instances;

	private final Organisations organisations;

	private final OperatorApiAudit audit;

	InstanceController(Instances instances, Organisations organisations, OperatorApiAudit audit) {
		this.instances = instances;
		this.organisations = organisations;
		this.audit = audit;
	}

	@GetMapping
	List<InstanceResponse> list(@PathVariable String organisationId,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		UUID organisation = existingOrganisation(organisationId);
		return this.instances.list(organisation, includeRetired).stream().map(InstanceResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<InstanceResponse> create(@PathVariable String organisationId, @RequestBody InstanceRequest request,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		UUID organisation = OperatorIds.parse(organisationId, "organisation");
		Instance instance = this.instances.create(organisation, request.requiredName());
		this.audit.record(operator, http, organisation, "instance.created", instance.id().toString(),
				"name " + instance.name());

		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(instance.id())
			.toUri();
		return ResponseEntity.created(location).body(InstanceResponse.of(instance));
	}

	@GetMapping("/{instanceId}")
	InstanceResponse get(@PathVariable String organisationId, @PathVariable String instanceId) {
		return InstanceResponse.of(existing(existingOrganisation(organisationId), instanceId));
	}

	@PatchMapping("/{instanceId}")
	InstanceResponse rename(@PathVariable String organisationId, @PathVariable String instanceId,
			@RequestBody InstanceRequest request, @AuthenticationPrincipal OperatorPrincipal operator,
			HttpServletRequest http) {
		UUID organisation = existingOrganisation(organisationId);
		Instance before = existing(organisation, instanceId);
		Instance after = this.instances.rename(organisation, before.id(), request.requiredName());
		if (!before.name().equals(after.name())) {
			this.audit.record(operator, http, organisation, "instance.renamed", after.id().toString(),
					"from " + before.name() + " to " + after.name());
		}
		return InstanceResponse.of(after);
	}

	@PostMapping("/{instanceId}/retire")
	InstanceResponse retire(@PathVariable String organisationId, @PathVariable String instanceId,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		UUID organisation = existingOrganisation(organisationId);
		Instance before = existing(organisation, instanceId);
		Instance after = this.instances.retire(organisation, before.id());
		if (!before.retired()) {
			this.audit.record(operator, http, organisation, "instance.retired", after.id().toString(),
					"name " + after.name());
		}
		return InstanceResponse.of(after);
	}

	private Instance existing(UUID organisation, String instanceId) {
		UUID instance = OperatorIds.parse(instanceId, "instance");
		return this.instances.find(organisation, instance).orElseThrow(() -> new UnknownInstanceException(instance));
	}

	private UUID existingOrganisation(String organisationId) {
		UUID id = OperatorIds.parse(organisationId, "organisation");
		if (this.organisations.find(id).isEmpty()) {
			throw new UnknownOrganisationException(id);
		}
		return id;
	}

}
