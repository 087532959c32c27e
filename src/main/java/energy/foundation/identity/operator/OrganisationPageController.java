package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.organisation.DuplicateTenantException;
import energy.foundation.identity.organisation.InvalidOrganisationException;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.OrganisationPage;
import energy.foundation.identity.organisation.Organisations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator console's organisation pages: the list with search, onboarding, and one
 * organisation's page.
 */
@Controller
class OrganisationPageController {

	static final int PAGE_SIZE = 25;

	private final Organisations organisations;

	private final OrganisationPageModel pageModel;

	private final ConsoleAudit audit;

	OrganisationPageController(Organisations organisations, OrganisationPageModel pageModel, ConsoleAudit audit) {
		this.organisations = organisations;
		this.pageModel = pageModel;
		this.audit = audit;
	}

	@GetMapping("/operator")
	String home() {
		return "redirect:/operator/organisations";
	}

	@GetMapping("/operator/organisations")
	String list(@RequestParam(name = "q", required = false) @Nullable String nameContains,
			@RequestParam(required = false) @Nullable String page, Model model) {
		String search = (nameContains != null) ? nameContains.strip() : "";
		int pageNumber = ConsolePaging.pageNumber(page);
		int offset = (pageNumber - 1) * PAGE_SIZE;
		OrganisationPage found = this.organisations.list(search, offset, PAGE_SIZE);
		int shown = found.organisations().size();

		model.addAttribute("q", search);
		model.addAttribute("organisations", found.organisations());
		model.addAttribute("total", found.total());
		model.addAttribute("page", pageNumber);
		model.addAttribute("first", offset + 1);
		model.addAttribute("last", offset + shown);
		model.addAttribute("hasPrevious", pageNumber > 1);
		model.addAttribute("hasNext", offset + shown < found.total());
		return "operator/organisations";
	}

	@GetMapping("/operator/organisations/new")
	String newOrganisation(Model model) {
		model.addAttribute("form", new OrganisationForm("", ""));
		return "operator/organisation-new";
	}

	@PostMapping("/operator/organisations")
	ModelAndView create(@RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String entraTenantId, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, RedirectAttributes redirect) {
		OrganisationForm form = new OrganisationForm(name, entraTenantId);
		Organisation organisation;
		try {
			organisation = this.organisations.create(name, entraTenantId);
		}
		catch (InvalidOrganisationException ex) {
			return form.rejected(ex);
		}
		catch (DuplicateTenantException ex) {
			return form.duplicate(
					this.organisations.findByEntraTenantId(ex.entraTenantId()).map(Organisation::id).orElse(null));
		}

		this.audit.record(operator, request, organisation.id(), "organisation.created", organisation.id().toString(),
				"name " + organisation.name() + ", Entra tenant " + organisation.entraTenantId());
		redirect.addFlashAttribute("notice", "Onboarded " + organisation.name() + ".");
		return new ModelAndView("redirect:/operator/organisations/" + organisation.id());
	}

	@GetMapping("/operator/organisations/{id}")
	String show(@PathVariable String id, Model model) {
		UUID organisationId = OperatorIds.parse(id, "organisation");
		this.pageModel.fill(model, organisationId);
		return "operator/organisation";
	}

	@PostMapping("/operator/organisations/{id}/suspend")
	String suspend(@PathVariable String id, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, RedirectAttributes redirect) {
		Organisation before = existing(id);
		Organisation after = this.organisations.suspend(before.id());
		if (before.status() != after.status()) {
			this.audit.record(operator, request, after.id(), "organisation.suspended", after.id().toString(),
					"name " + after.name());
		}
		redirect.addFlashAttribute("notice", "Suspended " + after.name() + ".");
		return "redirect:/operator/organisations/" + after.id();
	}

	@PostMapping("/operator/organisations/{id}/reinstate")
	String reinstate(@PathVariable String id, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, RedirectAttributes redirect) {
		Organisation before = existing(id);
		Organisation after = this.organisations.reinstate(before.id());
		if (before.status() != after.status()) {
			this.audit.record(operator, request, after.id(), "organisation.reinstated", after.id().toString(),
					"name " + after.name());
		}
		redirect.addFlashAttribute("notice", "Reinstated " + after.name() + ".");
		return "redirect:/operator/organisations/" + after.id();
	}

	private Organisation existing(String id) {
		return this.organisations.find(OperatorIds.parse(id, "organisation"))
			.orElseThrow(() -> new NotFoundException("No organisation has this id"));
	}

	/**
	 * What the operator typed into the onboarding form, to show it again with the
	 * problems found.
	 */
	record OrganisationForm(String name, String entraTenantId) {

		ModelAndView rejected(InvalidOrganisationException exception) {
			String message = String.valueOf(exception.getMessage());
			if (message.startsWith("entraTenantId")) {
				return page(null, "Enter the tenant ID as a GUID, for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301.",
						null);
			}
			String text = message.startsWith("name ") ? "The name " + message.substring("name ".length()) + "."
					: message;
			return page(text, null, null);
		}

		ModelAndView duplicate(@Nullable UUID existingOrganisation) {
			return page(null, "An organisation for this Entra tenant exists already.", existingOrganisation);
		}

		private ModelAndView page(@Nullable String nameError, @Nullable String tenantError,
				@Nullable UUID existingOrganisation) {
			ModelAndView page = new ModelAndView("operator/organisation-new");
			page.addObject("form", this);
			page.addObject("nameError", nameError);
			page.addObject("entraTenantIdError", tenantError);
			page.addObject("existingOrganisation", existingOrganisation);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}

	}

}
