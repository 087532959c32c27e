package energy.foundation.identity.operator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.api.DirectoryApiUrls;
import energy.foundation.identity.credential.IssuedMachineClient;
import energy.foundation.identity.credential.MachineClient;
import energy.foundation.identity.credential.MachineClients;
import energy.foundation.identity.credential.OperatorPrincipal;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.UnknownInstanceException;
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
 * Creates, lists and revokes the machine clients with which an instance calls the
 * directory API; creating and revoking are written to the audit log.
 */
@RestController
@RequestMapping(path = "/operator/api/organisations/{organisationId}/instances/{instanceId}/clients",
		produces = MediaType.APPLICATION_JSON_VALUE)
class MachineClientController {

	private static final String NOT_FOUND = "The instance has no machine client with this id";

	private final MachineClients clients;

	private final Instances instances;

	private final DirectoryApiUrls urls;

	private final OperatorApiAudit audit;

	MachineClientController(MachineClients clients, Instances instances, DirectoryApiUrls urls,
			OperatorApiAudit audit) {
		this.clients = clients;
		this.instances = instances;
		this.urls = urls;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<IssuedMachineClientResponse> create(@PathVariable String organisationId,
			@PathVariable String instanceId, @RequestBody MachineClientRequest request,
			@AuthenticationPrincipal OperatorPrincipal operator, HttpServletRequest http) {
		InstanceKey key = existingInstance(organisationId, instanceId);
		if (request.label() == null) {
			throw new InvalidRequestException("label is required");
		}
		IssuedMachineClient issued = this.clients.create(key.organisationId(), key.instanceId(), request.label(),
				operator.description());
		this.audit.record(operator, http, key.organisationId(), "machine-client.created", issued.id().toString(),
				"instance " + key.instanceId() + ", label " + issued.label() + ", client_id " + issued.clientId());

		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(issued.id())
			.toUri();
		return ResponseEntity.created(location)
			.body(IssuedMachineClientResponse.of(issued, this.urls.tokenEndpoint(), this.urls.apiBaseUrl()));
	}

	@GetMapping
	List<MachineClientResponse> list(@PathVariable String organisationId, @PathVariable String instanceId) {
		InstanceKey key = existingInstance(organisationId, instanceId);
		return this.clients.list(key.organisationId(), key.instanceId())
			.stream()
			.map(MachineClientResponse::of)
			.toList();
	}

	@GetMapping("/{clientId}")
	MachineClientResponse get(@PathVariable String organisationId, @PathVariable String instanceId,
			@PathVariable String clientId) {
		InstanceKey key = existingInstance(organisationId, instanceId);
		UUID id = OperatorIds.parse(clientId, "machine client");
		return this.clients.find(key.organisationId(), key.instanceId(), id)
			.map(MachineClientResponse::of)
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));
	}

	@DeleteMapping("/{clientId}")
	ResponseEntity<Void> revoke(@PathVariable String organisationId, @PathVariable String instanceId,
			@PathVariable String clientId, @AuthenticationPrincipal OperatorPrincipal operator,
			HttpServletRequest http) {
		InstanceKey key = existingInstance(organisationId, instanceId);
		UUID id = OperatorIds.parse(clientId, "machine client");
		MachineClient client = this.clients.find(key.organisationId(), key.instanceId(), id)
			.orElseThrow(() -> new NotFoundException(NOT_FOUND));

		if (this.clients.revoke(key.organisationId(), key.instanceId(), id) && !client.revoked()) {
			this.audit.record(operator, http, key.organisationId(), "machine-client.revoked", id.toString(),
					"instance " + key.instanceId() + ", label " + client.label() + ", client_id " + client.clientId());
		}
		return ResponseEntity.noContent().build();
	}

	private InstanceKey existingInstance(String organisationId, String instanceId) {
		UUID organisation = OperatorIds.parse(organisationId, "organisation");
		UUID instance = OperatorIds.parse(instanceId, "instance");
		if (this.instances.find(organisation, instance).isEmpty()) {
			throw new UnknownInstanceException(instance);
		}
		return new InstanceKey(organisation, instance);
	}

	private record InstanceKey(UUID organisationId, UUID instanceId) {

	}

}
