package energy.foundation.identity.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.api.DirectoryApiUrls;
import energy.foundation.identity.credential.DirectoryApiProperties;
import energy.foundation.identity.credential.InvalidCredentialException;
import energy.foundation.identity.credential.IssuedMachineClient;
import energy.foundation.identity.credential.MachineClient;
import energy.foundation.identity.credential.MachineClients;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.InstanceRetiredException;
import energy.foundation.identity.organisation.Instances;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The machine clients page of an instance: create a client for the directory API (its
 * secret shown once, in the answer to the form and nowhere else), list the instance's
 * clients and revoke them. An instance of another organisation is the not-found page.
 */
@Controller
class MachineClientsController {

	private static final String PAGE = "/admin/instances/{instanceId}/clients";

	private final MachineClients clients;

	private final Instances instances;

	private final DirectoryApiUrls urls;

	private final AdminAudit audit;

	private final DirectoryApiProperties apiProperties;

	MachineClientsController(MachineClients clients, Instances instances, DirectoryApiUrls urls, AdminAudit audit,
			DirectoryApiProperties apiProperties) {
		this.clients = clients;
		this.instances = instances;
		this.urls = urls;
		this.audit = audit;
		this.apiProperties = apiProperties;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			Model model) {
		return page(instance(administrator, instanceId), MachineClientForm.empty(), Map.of(), model);
	}

	@PostMapping(PAGE)
	String create(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			MachineClientForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
		Instance instance = instance(administrator, instanceId);
		Map<String, String> errors = new LinkedHashMap<>();
		String label = checkLabel(form.label(), errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(instance, form, errors, model);
		}

		IssuedMachineClient issued;
		try {
			issued = this.clients.create(instance.organisationId(), instance.id(), label, administrator.displayName());
		}
		catch (InvalidCredentialException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(instance, form, Map.of("label", "The label cannot be used: " + ex.getMessage() + "."), model);
		}
		catch (InstanceRetiredException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(instance, form, Map.of("label", "The instance is retired: it gets no new clients."), model);
		}

		this.audit.record(administrator, request, "machine-client.created", issued.id().toString(),
				"instance " + instance.id() + ", label " + issued.label() + ", client_id " + issued.clientId());
		return createdPage(instance, issued, model, response);
	}

	@PostMapping(PAGE + "/{clientId}/revoke")
	String revoke(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String clientId, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = instance(administrator, instanceId);
		UUID id = AdminIds.parse(clientId);
		MachineClient client = this.clients.find(instance.organisationId(), instance.id(), id)
			.orElseThrow(PageNotFoundException::new);

		this.clients.revoke(instance.organisationId(), instance.id(), id);
		this.audit.record(administrator, request, "machine-client.revoked", id.toString(),
				"instance " + instance.id() + ", label " + client.label() + ", client_id " + client.clientId());

		redirect.addFlashAttribute("revoked", client.label());
		return "redirect:/admin/instances/" + instance.id() + "/clients";
	}

	private Instance instance(TenantAdministrator administrator, String instanceId) {
		return this.instances.find(administrator.organisationId(), AdminIds.parse(instanceId))
			.orElseThrow(PageNotFoundException::new);
	}

	private String page(Instance instance, MachineClientForm form, Map<String, String> errors, Model model) {
		List<MachineClient> clients = this.clients.list(instance.organisationId(), instance.id());
		model.addAttribute("instance", instance);
		model.addAttribute("clients", clients);
		model.addAttribute("activeCount", clients.stream().filter((client) -> !client.revoked()).count());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("tokenEndpoint", this.urls.tokenEndpoint());
		return "admin/clients";
	}

	/**
	 * The page that shows the new client's secret, the only place it ever appears.
	 */
	private String createdPage(Instance instance, IssuedMachineClient issued, Model model,
			HttpServletResponse response) {
		// The secret is in this answer only: no browser or proxy may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		model.addAttribute("instance", instance);
		model.addAttribute("issued", issued);
		model.addAttribute("tokenEndpoint", this.urls.tokenEndpoint());
		model.addAttribute("apiBaseUrl", this.urls.apiBaseUrl());
		model.addAttribute("tokenLifetime", this.apiProperties.accessTokenLifetime());
		return "admin/client-created";
	}

	private static String checkLabel(@Nullable String label, Map<String, String> errors) {
		String stripped = (label != null) ? label.strip() : "";
		if (stripped.isEmpty()) {
			errors.put("label", "Enter a label, for example \u201cProduction backend\u201d.");
		}
		else if (stripped.length() > CredentialsController.MAX_LABEL_LENGTH) {
			errors.put("label",
					"The label must be at most " + CredentialsController.MAX_LABEL_LENGTH + " characters long.");
		}
		return stripped;
	}

}
