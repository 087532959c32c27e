package energy.foundation.identity.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The users and groups of every organisation (RFC 7643 §4) and the memberships between
 * them: creating, reading, changing, deleting and listing them. Every operation is scoped
 * to one organisation; an id of another organisation is reported as not found. Each
 * change runs in one transaction that holds the resource's row lock, so concurrent
 * changes of one resource apply one after the other and none is lost. A transaction that
 * the database aborts to break a deadlock runs again from the start.
 * <p>
 * A resource's version (its ETag, RFC 7644 §3.14) and {@code lastModified} change
 * whenever its representation does, also when the change came through another resource:
 * joining or leaving a group, or a member or group being deleted or renamed.
 * <p>
 * Every {@link DirectoryListener} is told of each change inside its transaction.
 */
@Service
public final class Directory {

	private static final Logger logger = LoggerFactory.getLogger(Directory.class);

	private static final String UNIQUE_VIOLATION = "23505";

	private final DSLContext dsl;

	private final Clock clock;

	private final ObjectProvider<DirectoryListener> listeners;

	Directory(DSLContext dsl, ObjectProvider<Clock> clock, ObjectProvider<DirectoryListener> listeners) {
		this.dsl = dsl;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.listeners = listeners;
	}

	/**
	 * Creates a resource with a new random id at version 1 (RFC 7644 §3.3).
	 * @param organisationId the owning organisation
	 * @param type user or group
	 * @param attributes the attributes, without {@code id}, {@code meta} and
	 * {@code members}
	 * @param memberIds the initial members of a group; empty for users
	 * @return the stored resource, with its references
	 * @throws InvalidResourceException when a required attribute is missing or too long
	 * @throws UniquenessException when the unique name is taken
	 * @throws InvalidMemberException when a member is not a user or group of the
	 * organisation
	 */
	public StoredResource create(UUID organisationId, ResourceType type, ObjectNode attributes, Set<UUID> memberIds) {
		ResourceTable table = ResourceTable.of(type);
		ResourceColumns columns = columns(type, attributes, !memberIds.isEmpty());
		Instant now = now();
		StoredResource resource = new StoredResource(organisationId, type, UUID.randomUUID(), attributes.deepCopy(), 1,
				now, now, List.of());

		StoredResource created = write(table, (sql) -> {
			requireUnique(sql, table, resource, columns);
			ResourceRows.insert(sql, table, resource, columns);
			ResourceRows.writeIndex(sql, resource);
			MemberCounts members = new MemberCounts();
			Memberships.add(sql, organisationId, resource.id(), memberIds, members);
			ResourceRows.touchAll(sql, ResourceTable.USER, organisationId, members.users(), now);
			tell(sql, new DirectoryChange.Created(resource));
			tellMembers(sql, resource, members);
			return load(sql, table, organisationId, resource.id(), true).orElseThrow();
		});

		logger.info("Created {} {}", type.scimName(), created.id());
		return created;
	}

	/**
	 * The resource with the given id (RFC 7644 §3.4.1).
	 * @param withReferences whether to load the members of a group (with the display
	 * name, else user name, of each) or the groups a user directly belongs to
	 * @return the resource, or empty when the organisation has none with this id
	 */
	public Optional<StoredResource> find(UUID organisationId, ResourceType type, UUID id, boolean withReferences) {
		return load(this.dsl, ResourceTable.of(type), organisationId, id, withReferences);
	}

	/**
	 * Changes a resource from its current state (PATCH, RFC 7644 §3.5.2). The change runs
	 * while the resource's row is locked and sees it without references; membership
	 * changes run as SQL, so a group's member list is never loaded. The change may run
	 * more than once: when the database breaks a deadlock by aborting the transaction, it
	 * runs again on the state reloaded in a new one.
	 * <p>
	 * Users added to or removed from a group move to their next version too, because
	 * their {@code groups} changed (RFC 7644 §3.14: their ETag must change).
	 * @param expectedVersion the version the client based its change on, or {@code null}
	 * @param withReferences whether the answer needs the group's members or the user's
	 * groups; a membership PATCH answered without members need not load them
	 * @param change computes the new state from the current one, without side effects,
	 * and is told how many members the change added and removed
	 * @return the changed resource, with its references when asked for
	 * @throws ResourceNotFoundException when the organisation has no such resource
	 * @throws VersionMismatchException when the resource is at another version
	 */
	public StoredResource modify(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion,
			boolean withReferences, ResourceChange change) {
		ResourceTable table = ResourceTable.of(type);
		StoredResource modified = write(table, (sql) -> {
			StoredResource current = lock(sql, table, organisationId, id, expectedVersion, false);
			MemberCounts counts = save(sql, table, current, change.apply(current));
			change.membersChanged(counts.added(), counts.removed());
			return load(sql, table, organisationId, id, withReferences).orElseThrow();
		});
		logger.info("Modified {} {}", type.scimName(), id);
		return modified;
	}

	/**
	 * Replaces the attributes of a resource (PUT, RFC 7644 §3.5.1).
	 * @param memberIds the new members of a group, or {@code null} to keep them
	 * @param withReferences whether the answer needs the group's members or the user's
	 * groups
	 * @return the replaced resource, with its references when asked for
	 */
	public StoredResource replace(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion,
			ObjectNode attributes, @Nullable Set<UUID> memberIds, boolean withReferences) {
		List<MembershipChange> changes = (memberIds != null) ? List.of(new MembershipChange.Replace(memberIds))
				: List.of();
		return modify(organisationId, type, id, expectedVersion, withReferences,
				(current) -> new Modification(attributes.deepCopy(), changes));
	}

	/**
	 * Deletes a resource (RFC 7644 §3.6), its attribute index and its memberships in
	 * every group. The groups it belonged to and, for a group, the users among its
	 * members move to their next version, as their member list or {@code groups} changed.
	 * References to it in other attributes (a user's {@code manager}) are left as they
	 * are.
	 */
	public void delete(UUID organisationId, ResourceType type, UUID id, @Nullable Long expectedVersion) {
		ResourceTable table = ResourceTable.of(type);
		write(table, (sql) -> {
			StoredResource current = lock(sql, table, organisationId, id, expectedVersion, true);
			Instant now = now();
			touchReferrers(sql, type, organisationId, id, now);
			Map<UUID, ResourceType> members = (type == ResourceType.GROUP)
					? Memberships.members(sql, organisationId, id) : Map.of();
			Memberships.removeEverywhere(sql, organisationId, id);
			ResourceRows.delete(sql, table, organisationId, id);
			tell(sql, new DirectoryChange.Deleted(current, members));
			return id;
		});
		logger.info("Deleted {} {}", type.scimName(), id);
	}

	/**
	 * The resources matching a filter, sorted and paged (RFC 7644 §3.4.2), evaluated by
	 * the database.
	 * @throws UnsupportedFilterException when the filter compares values the attribute's
	 * type does not allow
	 */
	public ResourcePage query(UUID organisationId, ResourceQuery query) {
		ResourceTable table = ResourceTable.of(query.type());
		Condition condition = condition(organisationId, query, table);
		long total = this.dsl.fetchCount(table.table(), condition);
		if (query.count() <= 0 || total == 0) {
			return new ResourcePage(total, List.of());
		}

		List<Record> rows = page(this.dsl, organisationId, query, condition).fetch();
		Map<UUID, List<Reference>> references = query.withReferences() ? Memberships.references(this.dsl,
				organisationId, query.type(), rows.stream().map((row) -> row.get(table.id())).toList()) : Map.of();
		List<StoredResource> resources = rows.stream()
			.map((row) -> ResourceRows.toResource(row, table, references.getOrDefault(row.get(table.id()), List.of())))
			.toList();
		return new ResourcePage(total, resources);
	}

	/**
	 * The statement that reads one page of a query.
	 */
	ResultQuery<Record> page(DSLContext sql, UUID organisationId, ResourceQuery query, Condition condition) {
		ResourceTable table = ResourceTable.of(query.type());
		return ResourceRows.select(sql, table)
			.where(condition)
			.orderBy(new SortOrder(table, organisationId, query.catalog()).by(query.sortBy(), query.descending()))
			.offset(Math.max(query.startIndex(), 1) - 1)
			.limit(query.count());
	}

	/**
	 * The condition a resource of the organisation must meet to match the query.
	 */
	Condition condition(UUID organisationId, ResourceQuery query, ResourceTable table) {
		FilterTranslator filter = new FilterTranslator(table, organisationId, query.catalog());
		return table.organisationId().eq(organisationId).and(filter.translate(query.filter()));
	}

	/**
	 * Stores a modification. An unchanged attribute document (a PATCH of members only)
	 * needs neither the uniqueness check nor a new attribute index.
	 * @return how many members were added and removed
	 */
	private MemberCounts save(DSLContext sql, ResourceTable table, StoredResource current, Modification modification) {
		ResourceType type = table.type();
		UUID organisationId = current.organisationId();
		ResourceColumns columns = columns(type, modification.attributes(), !modification.membershipChanges().isEmpty());
		StoredResource changed = new StoredResource(organisationId, type, current.id(), modification.attributes(),
				current.version() + 1, current.created(), now(), List.of());

		boolean attributesChanged = !changed.attributes().equals(current.attributes());
		if (!attributesChanged) {
			ResourceRows.touch(sql, table, changed);
		}
		else {
			requireUnique(sql, table, changed, columns);
			ResourceRows.update(sql, table, changed, columns);
			ResourceRows.writeIndex(sql, changed);
			if (!columns.display().equals(ResourceColumns.of(type, current.attributes()).display())) {
				// the name shown in the references to it changed
				touchReferrers(sql, type, organisationId, current.id(), changed.lastModified());
			}
		}

		MemberCounts counts = new MemberCounts();
		Memberships.apply(sql, organisationId, current.id(), modification.membershipChanges(), counts);
		ResourceRows.touchAll(sql, ResourceTable.USER, organisationId, counts.users(), changed.lastModified());
		if (attributesChanged) {
			tell(sql, new DirectoryChange.Modified(current, changed));
		}
		tellMembers(sql, changed, counts);
		return counts;
	}

	private void tellMembers(DSLContext sql, StoredResource group, MemberCounts members) {
		if (!members.isEmpty()) {
			tell(sql, new DirectoryChange.MembersChanged(group.organisationId(), group.id(), members.addedMembers(),
					members.removedMembers()));
		}
	}

	private void tell(DSLContext sql, DirectoryChange change) {
		this.listeners.orderedStream().forEach((listener) -> listener.changed(sql, change));
	}

	/**
	 * Moves the resources whose representation shows this one to their next version: the
	 * groups it directly belongs to and, for a group, the users among its members.
	 */
	private static void touchReferrers(DSLContext sql, ResourceType type, UUID organisationId, UUID id, Instant now) {
		ResourceRows.touchAll(sql, ResourceTable.GROUP, organisationId, Memberships.groupsOf(sql, organisationId, id),
				now);
		if (type == ResourceType.GROUP) {
			ResourceRows.touchAll(sql, ResourceTable.USER, organisationId,
					Memberships.userMembers(sql, organisationId, id), now);
		}
	}

	private StoredResource lock(DSLContext sql, ResourceTable table, UUID organisationId, UUID id,
			@Nullable Long expectedVersion, boolean forDeletion) {
		StoredResource current = ResourceRows.lock(sql, table, organisationId, id, forDeletion)
			.orElseThrow(() -> new ResourceNotFoundException(table.type()));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new VersionMismatchException();
		}
		return current;
	}

	private Optional<StoredResource> load(DSLContext sql, ResourceTable table, UUID organisationId, UUID id,
			boolean withReferences) {
		Optional<Record> row = ResourceRows.select(sql, table)
			.where(table.organisationId().eq(organisationId))
			.and(table.id().eq(id))
			.fetchOptional();
		List<Reference> references = (withReferences && row.isPresent())
				? Memberships.references(sql, organisationId, table.type(), List.of(id)).getOrDefault(id, List.of())
				: List.of();
		return row.map((found) -> ResourceRows.toResource(found, table, references));
	}

	private static ResourceColumns columns(ResourceType type, ObjectNode attributes, boolean withMembers) {
		if (withMembers && type == ResourceType.USER) {
			throw new IllegalArgumentException("Users have no members");
		}
		return ResourceColumns.of(type, attributes);
	}

	private static void requireUnique(DSLContext sql, ResourceTable table, StoredResource resource,
			ResourceColumns columns) {
		if (ResourceRows.nameTaken(sql, table, resource.organisationId(), columns.nameKey(), resource.id())) {
			throw new UniquenessException(table.nameAttribute());
		}
	}

	/**
	 * Runs a write in a transaction, again when the database aborted it to break a
	 * deadlock, and reports a violation of the unique name constraint (a concurrent write
	 * of the same name that the check before missed) as a uniqueness error.
	 */
	private <T> T write(ResourceTable table, Function<DSLContext, T> write) {
		try {
			return ConflictRetry.run(() -> this.dsl.transactionResult((transaction) -> write.apply(transaction.dsl())));
		}
		catch (RuntimeException ex) {
			if (isUniqueViolation(ex)) {
				throw new UniquenessException(table.nameAttribute(), ex);
			}
			throw ex;
		}
	}

	private static boolean isUniqueViolation(Throwable ex) {
		return DatabaseErrors.hasState(ex, Set.of(UNIQUE_VIOLATION));
	}

	private Instant now() {
		// the columns keep microseconds; a resource must read back as it was returned
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
