package energy.foundation.identity.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.events.InvalidWebhookException;
import energy.foundation.identity.events.IssuedWebhookSecret;
import energy.foundation.identity.events.WebhookEndpoint;
import energy.foundation.identity.events.Webhooks;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * The webhooks page of an instance: add an endpoint (its signing secret shown once),
 * rotate a secret, switch delivery off and on, delete an endpoint, see how delivery is
 * going, and redeliver dead letters. An instance of another organisation, like an unknown
 * one, is the not-found page.
 */
@Controller
class WebhooksController {

	private static final String PAGE = "/admin/instances/{instanceId}/webhooks";

	private final Instances instances;

	private final Webhooks webhooks;

	private final AdminAudit audit;

	private final Clock clock;

	WebhooksController(Instances instances, Webhooks webhooks, AdminAudit audit, Clock clock) {
		this.instances = instances;
		this.webhooks = webhooks;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			Model model) {
		Instance instance = instance(administrator, instanceId);
		return page(administrator, instance, WebhookForm.empty(), Map.of(), model);
	}

	@PostMapping(PAGE)
	String add(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			WebhookForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
		Instance instance = instance(administrator, instanceId);
		if (instance.retired()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(administrator, instance, form,
					Map.of("url", "This instance is retired: it receives no more events."), model);
		}

		IssuedWebhookSecret issued;
		try {
			issued = this.webhooks.add(administrator.organisationId(), instance.id(),
					(form.url() != null) ? form.url() : "", administrator.displayName());
		}
		catch (InvalidWebhookException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(administrator, instance, form, Map.of("url", ex.getMessage()), model);
		}

		this.audit.record(administrator, request, "webhook.added", issued.endpointId().toString(),
				"instance " + instance.id());
		return secretPage(instance, issued, false, model, response);
	}

	@PostMapping(PAGE + "/{endpointId}/rotate")
	String rotate(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String endpointId, Model model, HttpServletRequest request, HttpServletResponse response) {
		Instance instance = instance(administrator, instanceId);
		IssuedWebhookSecret issued = this.webhooks
			.rotateSecret(administrator.organisationId(), instance.id(), AdminIds.parse(endpointId))
			.orElseThrow(PageNotFoundException::new);

		this.audit.record(administrator, request, "webhook.secret-rotated", issued.endpointId().toString(),
				"instance " + instance.id());
		return secretPage(instance, issued, true, model, response);
	}

	@PostMapping(PAGE + "/{endpointId}/disable")
	String disable(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String endpointId, HttpServletRequest request, RedirectAttributes redirect) {
		return switchDelivery(administrator, instanceId, endpointId, false, request, redirect);
	}

	@PostMapping(PAGE + "/{endpointId}/enable")
	String enable(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String endpointId, HttpServletRequest request, RedirectAttributes redirect) {
		return switchDelivery(administrator, instanceId, endpointId, true, request, redirect);
	}

	@PostMapping(PAGE + "/{endpointId}/delete")
	String delete(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String endpointId, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = instance(administrator, instanceId);
		UUID id = AdminIds.parse(endpointId);
		WebhookEndpoint endpoint = this.webhooks.find(administrator.organisationId(), instance.id(), id)
			.orElseThrow(PageNotFoundException::new);

		this.webhooks.delete(administrator.organisationId(), instance.id(), id);
		this.audit.record(administrator, request, "webhook.deleted", id.toString(), "instance " + instance.id());

		redirect.addFlashAttribute("deleted", endpoint.url());
		return redirectToPage(instance);
	}

	@PostMapping(PAGE + "/dead-letters/{deadLetterId}/redeliver")
	String redeliver(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String deadLetterId, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = instance(administrator, instanceId);
		UUID id = AdminIds.parse(deadLetterId);
		// also a dead letter beyond those the page lists; another instance's is not found
		boolean queued = this.webhooks.redeliver(administrator.organisationId(), instance.id(), id,
				administrator.displayName());
		if (!queued && this.webhooks.findDeadLetter(administrator.organisationId(), instance.id(), id).isEmpty()) {
			throw new PageNotFoundException();
		}

		if (queued) {
			this.audit.record(administrator, request, "webhook.dead-letter-redelivered", id.toString(),
					"instance " + instance.id());
		}

		redirect.addFlashAttribute("redelivery", queued ? "queued" : "already-queued");
		return redirectToPage(instance);
	}

	@PostMapping(PAGE + "/{endpointId}/redeliver-dead-letters")
	String redeliverAll(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String instanceId,
			@PathVariable String endpointId, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = instance(administrator, instanceId);
		UUID id = AdminIds.parse(endpointId);
		int queued = this.webhooks
			.redeliverAll(administrator.organisationId(), instance.id(), id, administrator.displayName())
			.orElseThrow(PageNotFoundException::new);

		if (queued > 0) {
			this.audit.record(administrator, request, "webhook.dead-letters-redelivered", id.toString(),
					"instance " + instance.id() + ", " + queued + " dead letters");
		}
		redirect.addFlashAttribute("redeliveredAll", queued);
		return redirectToPage(instance);
	}

	private String switchDelivery(TenantAdministrator administrator, String instanceId, String endpointId,
			boolean active, HttpServletRequest request, RedirectAttributes redirect) {
		Instance instance = instance(administrator, instanceId);
		UUID id = AdminIds.parse(endpointId);
		if (!this.webhooks.setActive(administrator.organisationId(), instance.id(), id, active)) {
			throw new PageNotFoundException();
		}

		this.audit.record(administrator, request, active ? "webhook.enabled" : "webhook.disabled", id.toString(),
				"instance " + instance.id());
		redirect.addFlashAttribute("switched", active ? "on" : "off");
		return redirectToPage(instance);
	}

	private static String redirectToPage(Instance instance) {
		return "redirect:/admin/instances/" + instance.id() + "/webhooks";
	}

	private Instance instance(TenantAdministrator administrator, String instanceId) {
		return this.instances.find(administrator.organisationId(), AdminIds.parse(instanceId))
			.orElseThrow(PageNotFoundException::new);
	}

	private String page(TenantAdministrator administrator, Instance instance, WebhookForm form,
			Map<String, String> errors, Model model) {
		List<WebhookEndpoint> endpoints = this.webhooks.list(administrator.organisationId(), instance.id());
		Map<UUID, String> urls = new LinkedHashMap<>();
		endpoints.forEach((endpoint) -> urls.put(endpoint.id(), endpoint.url()));
		model.addAttribute("instance", instance);
		model.addAttribute("endpoints", endpoints);
		model.addAttribute("urls", urls);
		model.addAttribute("deadLetters", this.webhooks.deadLetters(administrator.organisationId(), instance.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("maxEndpoints", Webhooks.MAX_ENDPOINTS);
		model.addAttribute("pendingLimit", WebhookEndpoint.PENDING_COUNT_LIMIT);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("retryWindow", inWords(this.webhooks.retryWindow()));
		model.addAttribute("requestTimeout", inWords(this.webhooks.requestTimeout()));
		return "admin/webhooks";
	}

	private String secretPage(Instance instance, IssuedWebhookSecret issued, boolean rotated, Model model,
			HttpServletResponse response) {
		// The secret is in this answer only: no browser or proxy may keep it.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		model.addAttribute("instance", instance);
		model.addAttribute("issued", issued);
		model.addAttribute("rotated", rotated);
		model.addAttribute("grace", inWords(this.webhooks.rotationGrace()));
		model.addAttribute("graceEndsAt", this.clock.instant().plus(this.webhooks.rotationGrace()));
		return "admin/webhook-secret";
	}

	/**
	 * A setting's duration in the largest unit that states it exactly: "24 hours", "90
	 * minutes", "2 seconds".
	 */
	static String inWords(Duration duration) {
		if (duration.toSeconds() % 3600 == 0 && !duration.isZero()) {
			return count(duration.toHours(), "hour");
		}
		if (duration.toSeconds() % 60 == 0 && !duration.isZero()) {
			return count(duration.toMinutes(), "minute");
		}
		if (duration.toMillis() % 1000 == 0) {
			return count(duration.toSeconds(), "second");
		}
		return count(duration.toMillis(), "millisecond");
	}

	private static String count(long amount, String unit) {
		return amount + " " + unit + ((amount == 1) ? "" : "s");
	}

}
