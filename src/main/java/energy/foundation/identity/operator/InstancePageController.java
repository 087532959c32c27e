package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.organisation.DuplicateInstanceNameException;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.InstanceRetiredException;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.InvalidInstanceException;
import energy.foundation.identity.organisation.UnknownInstanceException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creates, renames and retires an organisation's instances from its console page. A name
 * that is refused shows the organisation page again with the message at the form.
 */
@Controller
class InstancePageController {

	private final Instances instances;

	private final OrganisationPageModel pageModel;

	private final ConsoleAudit audit;

	InstancePageController(Instances instances, OrganisationPageModel pageModel, ConsoleAudit audit) {
		this.instances = instances;
		this.pageModel = pageModel;
		this.audit = audit;
	}

	@PostMapping("/operator/organisations/{id}/instances")
	ModelAndView create(@PathVariable String id, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		UUID organisationId = this.pageModel.existing(OperatorIds.parse(id, "organisation")).id();
		Instance instance;
		try {
			instance = this.instances.create(organisationId, name);
		}
		catch (InvalidInstanceException | DuplicateInstanceNameException ex) {
			model.addAttribute("instanceName", name);
			model.addAttribute("instanceError", problem(ex));
			return rejected(model, organisationId);
		}

		this.audit.record(operator, request, organisationId, "instance.created", instance.id().toString(),
				"name " + instance.name());
		redirect.addFlashAttribute("notice", "Created the instance " + instance.name() + ".");
		return new ModelAndView("redirect:/operator/organisations/" + organisationId + "#instances");
	}

	@PostMapping("/operator/organisations/{id}/instances/{instanceId}/rename")
	ModelAndView rename(@PathVariable String id, @PathVariable String instanceId,
			@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		UUID organisationId = this.pageModel.existing(OperatorIds.parse(id, "organisation")).id();
		Instance before = existing(organisationId, instanceId);
		Instance after;
		try {
			after = this.instances.rename(organisationId, before.id(), name);
		}
		catch (InvalidInstanceException | DuplicateInstanceNameException | InstanceRetiredException ex) {
			model.addAttribute("renameInstance", before.id());
			model.addAttribute("renameName", name);
			model.addAttribute("renameError", problem(ex));
			return rejected(model, organisationId);
		}

		if (!before.name().equals(after.name())) {
			this.audit.record(operator, request, organisationId, "instance.renamed", after.id().toString(),
					"from " + before.name() + " to " + after.name());
		}
		redirect.addFlashAttribute("notice", "Renamed the instance " + before.name() + " to " + after.name() + ".");
		return new ModelAndView("redirect:/operator/organisations/" + organisationId + "#instances");
	}

	@PostMapping("/operator/organisations/{id}/instances/{instanceId}/retire")
	String retire(@PathVariable String id, @PathVariable String instanceId,
			@AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID organisationId = this.pageModel.existing(OperatorIds.parse(id, "organisation")).id();
		Instance before = existing(organisationId, instanceId);
		Instance after = this.instances.retire(organisationId, before.id());

		if (!before.retired()) {
			this.audit.record(operator, request, organisationId, "instance.retired", after.id().toString(),
					"name " + after.name());
		}
		redirect.addFlashAttribute("notice", "Retired the instance " + after.name() + ".");
		return "redirect:/operator/organisations/" + organisationId + "#instances";
	}

	private Instance existing(UUID organisationId, String instanceId) {
		try {
			return this.instances.find(organisationId, OperatorIds.parse(instanceId, "instance"))
				.orElseThrow(() -> new NotFoundException("The organisation has no instance with this id"));
		}
		catch (UnknownInstanceException ex) {
			throw new NotFoundException("The organisation has no instance with this id");
		}
	}

	private ModelAndView rejected(Model model, UUID organisationId) {
		this.pageModel.fill(model, organisationId);
		ModelAndView page = new ModelAndView("operator/organisation", model.asMap());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private static String problem(RuntimeException exception) {
		if (exception instanceof DuplicateInstanceNameException) {
			return "The organisation has an active instance with this name already. Choose another name.";
		}
		if (exception instanceof InstanceRetiredException) {
			return "The instance is retired and can no longer be renamed.";
		}
		String message = String.valueOf(exception.getMessage());
		return (message.startsWith("name ") ? "The " + message : message) + ".";
	}

}
