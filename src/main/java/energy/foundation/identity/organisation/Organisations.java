package energy.foundation.identity.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Onboards, finds, suspends and reinstates organisations.
 */
@Service
public final class Organisations {

	private static final Logger logger = LoggerFactory.getLogger(Organisations.class);

	/**
	 * The registry form of a GUID (8-4-4-4-12 hexadecimal digits), as the Entra admin
	 * centre shows a tenant id, optionally in braces as Windows tools print it.
	 */
	private static final Pattern GUID = Pattern
		.compile("\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");

	static final int MAX_NAME_LENGTH = 200;

	/**
	 * The most organisations {@link #list(String, int, int)} answers at once.
	 */
	public static final int MAX_PAGE_SIZE = 500;

	private final OrganisationRepository repository;

	private final Clock clock;

	private final ObjectProvider<OrganisationListener> listeners;

	Organisations(OrganisationRepository repository, Clock clock, ObjectProvider<OrganisationListener> listeners) {
		this.repository = repository;
		this.clock = clock;
		this.listeners = listeners;
	}

	/**
	 * Onboards an organisation for an Entra ID tenant.
	 * @param name the display name, 1 to 200 characters, not blank
	 * @param entraTenantIdText the tenant id as a GUID ({@code 8-4-4-4-12} hexadecimal
	 * digits, any case, optionally in braces)
	 * @return the new, active organisation
	 * @throws InvalidOrganisationException if the name or the tenant id is malformed
	 * @throws DuplicateTenantException if an organisation for the tenant exists already
	 */
	public Organisation create(String name, String entraTenantIdText) {
		String checkedName = checkName(name);
		UUID entraTenantId = parseEntraTenantId(entraTenantIdText);
		if (this.repository.existsByEntraTenantId(entraTenantId)) {
			throw new DuplicateTenantException(entraTenantId);
		}

		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Organisation organisation = new Organisation(UUID.randomUUID(), checkedName, entraTenantId,
				OrganisationStatus.ACTIVE, now);
		insert(organisation);
		logger.info("Created organisation {}", organisation.id());
		return organisation;
	}

	/**
	 * The organisation with this id, if any.
	 */
	public Optional<Organisation> find(UUID id) {
		return this.repository.findById(id);
	}

	/**
	 * The organisation onboarded for this Entra ID tenant, if any.
	 */
	public Optional<Organisation> findByEntraTenantId(UUID entraTenantId) {
		return this.repository.findByEntraTenantId(entraTenantId);
	}

	/**
	 * Every organisation, oldest first.
	 */
	public List<Organisation> list() {
		return this.repository.findAll();
	}

	/**
	 * One page of organisations by name (ignoring case), for a console.
	 * @param nameContains text the name must contain, ignoring case; {@code null} or
	 * blank for all
	 * @param offset how many matching organisations to skip; below 0 counts as 0
	 * @param limit the page size, brought into 1 to {@value #MAX_PAGE_SIZE}
	 * @return the page and how many organisations match in all
	 */
	public OrganisationPage list(@Nullable String nameContains, int offset, int limit) {
		String text = (nameContains != null && !nameContains.isBlank()) ? nameContains.strip() : null;
		return this.repository.page(text, Math.max(offset, 0), Math.clamp(limit, 1, MAX_PAGE_SIZE));
	}

	/**
	 * Suspends an organisation: its SCIM requests are refused with 403 from now on, and
	 * nothing it holds is changed or deleted. Suspending a suspended organisation changes
	 * nothing.
	 * @return the organisation, suspended
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public Organisation suspend(UUID id) {
		return changeStatus(id, OrganisationStatus.SUSPENDED);
	}

	/**
	 * Reinstates a suspended organisation: its credentials work again. Reinstating an
	 * active organisation changes nothing.
	 * @return the organisation, active
	 * @throws UnknownOrganisationException if there is no such organisation
	 */
	public Organisation reinstate(UUID id) {
		return changeStatus(id, OrganisationStatus.ACTIVE);
	}

	private Organisation changeStatus(UUID id, OrganisationStatus status) {
		boolean changed = this.repository.updateStatus(id, status);
		Organisation organisation = find(id).orElseThrow(() -> new UnknownOrganisationException(id));
		if (changed) {
			logger.info("Organisation {} is now {}", id, status.code());
		}
		return organisation;
	}

	private void insert(Organisation organisation) {
		try {
			this.repository.insert(organisation, (transaction) -> this.listeners.orderedStream()
				.forEach((listener) -> listener.organisationCreated(transaction, organisation)));
		}
		catch (DuplicateKeyException ex) {
			// Another request onboarded the same tenant between our check and our insert.
			throw new DuplicateTenantException(organisation.entraTenantId(), ex);
		}
	}

	static String checkName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw new InvalidOrganisationException("name must not be blank");
		}
		if (stripped.length() > MAX_NAME_LENGTH) {
			throw new InvalidOrganisationException("name must be at most " + MAX_NAME_LENGTH + " characters long");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidOrganisationException("name must not contain control characters");
		}
		return stripped;
	}

	static UUID parseEntraTenantId(String text) {
		String stripped = text.strip();
		Matcher matcher = GUID.matcher(stripped);
		if (!matcher.matches() || stripped.startsWith("{") != stripped.endsWith("}")) {
			throw new InvalidOrganisationException(
					"entraTenantId must be a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
		}
		return UUID.fromString(matcher.group(1).toLowerCase(Locale.ROOT));
	}

}
