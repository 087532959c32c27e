package energy.foundation.identity.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Creates, renames, retires and lists the instances of each organisation. Every operation
 * names the organisation; an instance of another organisation is reported as unknown.
 * Active instances of one organisation have names that differ ignoring case; the database
 * enforces it, so two concurrent requests cannot both take a name.
 */
@Service
public final class Instances {

	/**
	 * The longest instance name.
	 */
	public static final int MAX_NAME_LENGTH = 100;

	private static final Logger logger = LoggerFactory.getLogger(Instances.class);

	private final InstanceRepository repository;

	private final Organisations organisations;

	private final Clock clock;

	private final ObjectProvider<OrganisationListener> listeners;

	Instances(InstanceRepository repository, Organisations organisations, Clock clock,
			ObjectProvider<OrganisationListener> listeners) {
		this.repository = repository;
		this.organisations = organisations;
		this.clock = clock;
		this.listeners = listeners;
	}

	/**
	 * Creates an active instance, and what every {@link OrganisationListener} adds to it
	 * (its default roles) in the same transaction.
	 * @param name 1 to 100 characters after stripping surrounding blanks, no control
	 * characters
	 * @throws UnknownOrganisationException if there is no such organisation
	 * @throws InvalidInstanceException if the name is malformed
	 * @throws DuplicateInstanceNameException if an active instance has the name
	 */
	public Instance create(UUID organisationId, String name) {
		String checkedName = checkName(name);
		requireOrganisation(organisationId);

		Instance instance = new Instance(UUID.randomUUID(), organisationId, checkedName, InstanceStatus.ACTIVE, now(),
				null);
		try {
			this.repository.inTransaction((sql) -> {
				this.repository.insert(sql, instance);
				this.listeners.orderedStream().forEach((listener) -> listener.instanceCreated(sql, instance));
				return true;
			});
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}
		logger.info("Created instance {} of organisation {}", instance.id(), organisationId);
		return instance;
	}

	/**
	 * Renames an active instance.
	 * @throws UnknownInstanceException if the organisation has no such instance
	 * @throws InstanceRetiredException if the instance is retired
	 * @throws InvalidInstanceException if the name is malformed
	 * @throws DuplicateInstanceNameException if another active instance has the name
	 */
	public Instance rename(UUID organisationId, UUID instanceId, String name) {
		String checkedName = checkName(name);
		boolean renamed;
		try {
			renamed = this.repository.rename(organisationId, instanceId, checkedName);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(ex);
		}

		Instance instance = existing(organisationId, instanceId);
		if (!renamed) {
			throw new InstanceRetiredException("The instance is retired and cannot be renamed");
		}
		logger.info("Renamed instance {} of organisation {}", instanceId, organisationId);
		return instance;
	}

	/**
	 * Retires an instance and frees its name for a new one; every
	 * {@link OrganisationListener} is told in the same transaction (its users lose their
	 * roles in it). Retiring a retired instance changes nothing.
	 * @throws UnknownInstanceException if the organisation has no such instance
	 */
	public Instance retire(UUID organisationId, UUID instanceId) {
		Instant now = now();
		boolean retired = this.repository.inTransaction((sql) -> {
			Optional<Instance> active = this.repository.find(sql, organisationId, instanceId)
				.filter((instance) -> !instance.retired());
			if (active.isEmpty()) {
				return false;
			}
			this.listeners.orderedStream().forEach((listener) -> listener.instanceRetiring(sql, active.get()));
			if (!this.repository.retire(sql, organisationId, instanceId, now)) {
				return false;
			}
			Instance instance = this.repository.find(sql, organisationId, instanceId).orElseThrow();
			this.listeners.orderedStream().forEach((listener) -> listener.instanceRetired(sql, instance));
			return true;
		});
		Instance instance = existing(organisationId, instanceId);
		if (retired) {
			logger.info("Retired instance {} of organisation {}", instanceId, organisationId);
		}
		return instance;
	}

	/**
	 * The organisation's instances, oldest first (at most 1,000).
	 * @param includeRetired whether retired instances are listed too
	 */
	public List<Instance> list(UUID organisationId, boolean includeRetired) {
		return this.repository.list(organisationId, includeRetired);
	}

	/**
	 * The organisation's instance with this id; never another organisation's.
	 */
	public Optional<Instance> find(UUID organisationId, UUID instanceId) {
		return this.repository.find(organisationId, instanceId);
	}

	private Instance existing(UUID organisationId, UUID instanceId) {
		return find(organisationId, instanceId).orElseThrow(() -> new UnknownInstanceException(instanceId));
	}

	private void requireOrganisation(UUID organisationId) {
		if (this.organisations.find(organisationId).isEmpty()) {
			throw new UnknownOrganisationException(organisationId);
		}
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static DuplicateInstanceNameException duplicate(DuplicateKeyException cause) {
		return new DuplicateInstanceNameException("Another active instance of the organisation has this name", cause);
	}

	static String checkName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidInstanceException("name must not be blank");
		}
		if (stripped.length() > MAX_NAME_LENGTH) {
			throw new InvalidInstanceException("name must be at most " + MAX_NAME_LENGTH + " characters long");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInstanceException("name must not contain control characters");
		}
		return stripped;
	}

}
