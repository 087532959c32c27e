package energy.foundation.identity.admin;

import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.SignInProvider;
import energy.foundation.identity.signin.LinkedIdentity;
import energy.foundation.identity.signin.SignInLinks;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Removes an identity link from a user's page, so that the person's next allowed sign-in
 * to that instance links them again by the usual rules.
 */
@Controller
class SignInLinksController {

	private final Directory directory;

	private final InstanceLookup lookup;

	private final SignInLinks links;

	private final AdminAudit audit;

	SignInLinksController(Directory directory, InstanceLookup lookup, SignInLinks links, AdminAudit audit) {
		this.directory = directory;
		this.lookup = lookup;
		this.links = links;
		this.audit = audit;
	}

	@PostMapping("/admin/users/{userId}/sign-in-links/{instanceId}/{provider}/unlink")
	String unlink(@AuthenticationPrincipal TenantAdministrator administrator, @PathVariable String userId,
			@PathVariable String instanceId, @PathVariable String provider, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID organisationId = administrator.organisationId();
		StoredResource user = this.directory.find(organisationId, ResourceType.USER, AdminIds.parse(userId), false)
			.orElseThrow(PageNotFoundException::new);
		Instance instance = this.lookup.instance(administrator, instanceId);
		SignInProvider signInProvider = provider(provider);

		Optional<LinkedIdentity> removed = this.links.unlink(organisationId, instance.id(), user.id(), signInProvider);
		if (removed.isPresent()) {
			LinkedIdentity link = removed.get();
			this.audit.record(administrator, request, "identity.unlinked", user.id().toString(), link.provider().code()
					+ " issuer " + link.issuer() + ", subject " + link.subject() + ", instance " + instance.id());
		}
		redirect.addFlashAttribute("notice", notice(removed.isPresent(), signInProvider, instance));
		return "redirect:/admin/users/" + user.id() + "#sign-in-links";
	}

	private static SignInProvider provider(String code) {
		for (SignInProvider provider : SignInProvider.values()) {
			if (provider.code().equals(code)) {
				return provider;
			}
		}
		throw new PageNotFoundException();
	}

	private static String notice(boolean removed, SignInProvider provider, Instance instance) {
		String name = provider.displayName();
		if (!removed) {
			return "Nothing needed to be done: no " + name + " identity was linked to this user in " + instance.name()
					+ ".";
		}
		return "Unlinked the " + name + " identity in " + instance.name()
				+ ". The person's next allowed sign-in there links them again by the usual rules.";
	}

}
