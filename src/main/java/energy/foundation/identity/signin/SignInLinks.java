package energy.foundation.identity.signin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.SignInProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The identity links of a user, for the organisation's administrators: which identity
 * each instance linked to the user, and removing a link. A removed link is made again by
 * the person's next allowed sign-in to that instance, by the rules of
 * {@link SignInDecisions} (object id or user name for Entra ID, user id for Okta), so
 * removing one moves a person whose provisioning changed to the right user without
 * deleting anyone.
 */
@Service
public final class SignInLinks {

	private static final Logger logger = LoggerFactory.getLogger(SignInLinks.class);

	private final IdentityLinks links;

	private final Instances instances;

	SignInLinks(IdentityLinks links, Instances instances) {
		this.links = links;
		this.instances = instances;
	}

	/**
	 * The identities linked to a user in the organisation's instances, retired ones too:
	 * oldest instance first, and Entra ID before Okta in each.
	 */
	public List<LinkedIdentity> of(UUID organisationId, UUID userId) {
		List<IdentityLink> stored = this.links.ofUser(organisationId, userId);
		if (stored.isEmpty()) {
			return List.of();
		}

		List<LinkedIdentity> linked = new ArrayList<>();
		for (Instance instance : this.instances.list(organisationId, true)) {
			stored.stream()
				.filter((link) -> link.instanceId().equals(instance.id()))
				.map((link) -> LinkedIdentity.of(instance, link))
				.sorted(Comparator.comparing(LinkedIdentity::provider))
				.forEach(linked::add);
		}
		return linked;
	}

	/**
	 * Removes the user's link of a provider in an instance of the organisation.
	 * @return the removed link, or empty when there was none (removed already, say)
	 */
	public Optional<LinkedIdentity> unlink(UUID organisationId, UUID instanceId, UUID userId, SignInProvider provider) {
		Optional<Instance> instance = this.instances.find(organisationId, instanceId);
		Optional<IdentityLink> link = this.links.findByUser(organisationId, instanceId, userId, provider.code());
		if (instance.isEmpty() || link.isEmpty() || !this.links.delete(link.get())) {
			return Optional.empty();
		}

		logger.info("Unlinked a {} identity from user {} in instance {}", provider.code(), userId, instanceId);
		return Optional.of(LinkedIdentity.of(instance.get(), link.get()));
	}

}
