package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SelectForUpdateOfStep;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of users and groups and of their attribute index. Every statement names the
 * organisation.
 */
final class ResourceRows {

	/** Longest document the column holds. */
	static final int MAX_DOCUMENT_LENGTH = 1_000_000;

	// default settings, as the application's own mapper reads requests: a stored document
	// reads back equal to the one that was written
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ResourceRows() {
	}

	/**
	 * The stored resource, its row locked until the transaction ends, without references.
	 * A change takes the weaker PostgreSQL lock {@code FOR NO KEY UPDATE}, which lets
	 * other transactions hold {@code FOR KEY SHARE} on the row while they add it as a
	 * member; a deletion takes {@code FOR UPDATE}, which waits for them.
	 */
	static Optional<StoredResource> lock(DSLContext sql, ResourceTable table, UUID organisationId, UUID id,
			boolean forDeletion) {
		SelectForUpdateStep<Record> select = select(sql, table).where(table.organisationId().eq(organisationId))
			.and(table.id().eq(id));
		return (forDeletion ? select.forUpdate() : forChange(sql, select)).fetchOptional()
			.map((row) -> toResource(row, table, List.of()));
	}

	/**
	 * Locks the selected rows against other changes: {@code FOR NO KEY UPDATE} on
	 * PostgreSQL, which does not conflict with {@code FOR KEY SHARE}; H2 has only
	 * {@code FOR UPDATE}.
	 */
	static <R extends Record> SelectForUpdateOfStep<R> forChange(DSLContext sql, SelectForUpdateStep<R> select) {
		return postgres(sql) ? select.forNoKeyUpdate() : select.forUpdate();
	}

	/**
	 * Locks the selected rows against deletion only: {@code FOR KEY SHARE} on PostgreSQL,
	 * which does not conflict with a change's {@code FOR NO KEY UPDATE}; H2 has no shared
	 * row locks, so its exclusive lock serves there.
	 */
	static <R extends Record> SelectForUpdateOfStep<R> forReference(DSLContext sql, SelectForUpdateStep<R> select) {
		return postgres(sql) ? select.forKeyShare() : select.forUpdate();
	}

	private static boolean postgres(DSLContext sql) {
		return sql.dialect().family() == SQLDialect.POSTGRES;
	}

	static SelectJoinStep<Record> select(DSLContext sql, ResourceTable table) {
		List<Field<?>> columns = List.of(table.organisationId(), table.id(), table.document(), table.version(),
				table.created(), table.lastModified());
		return sql.select(columns).from(table.table());
	}

	static StoredResource toResource(Record row, ResourceTable table, List<Reference> references) {
		JsonNode document = JSON.readTree(row.get(table.document()));
		return new StoredResource(row.get(table.organisationId()), table.type(), row.get(table.id()),
				(ObjectNode) document, row.get(table.version()), row.get(table.created()),
				row.get(table.lastModified()), references);
	}

	static String document(ObjectNode attributes) {
		String document = JSON.writeValueAsString(attributes);
		if (document.length() > MAX_DOCUMENT_LENGTH) {
			throw new InvalidResourceException("The resource is larger than " + MAX_DOCUMENT_LENGTH + " characters");
		}
		return document;
	}

	static boolean nameTaken(DSLContext sql, ResourceTable table, UUID organisationId, String nameKey, UUID except) {
		return sql.fetchExists(table.table(),
				table.organisationId().eq(organisationId).and(table.nameKey().eq(nameKey)).and(table.id().ne(except)));
	}

	static void insert(DSLContext sql, ResourceTable table, StoredResource resource, ResourceColumns columns) {
		Map<Field<?>, @Nullable Object> values = values(table, resource, columns);
		values.put(table.organisationId(), resource.organisationId());
		values.put(table.id(), resource.id());
		values.put(table.created(), resource.created());
		sql.insertInto(table.table()).set(values).execute();
	}

	/**
	 * Stores a new version and modification time of a resource whose attributes stayed as
	 * they were.
	 */
	static void touch(DSLContext sql, ResourceTable table, StoredResource resource) {
		sql.update(table.table())
			.set(table.version(), resource.version())
			.set(table.lastModified(), resource.lastModified())
			.where(table.organisationId().eq(resource.organisationId()))
			.and(table.id().eq(resource.id()))
			.execute();
	}

	/**
	 * Moves the given resources to their next version, modified at {@code now}: their
	 * representation changed because a resource they refer to or that refers to them
	 * changed. Rows are locked in id order, batch after batch, so that concurrent writers
	 * take them in the same order.
	 */
	static void touchAll(DSLContext sql, ResourceTable table, UUID organisationId, Collection<UUID> ids, Instant now) {
		RowBatches.write(RowBatches.inDatabaseOrder(ids), (batch) -> {
			forChange(sql,
					sql.select(table.id())
						.from(table.table())
						.where(table.organisationId().eq(organisationId))
						.and(table.id().in(batch))
						.orderBy(table.id()))
				.fetch();
			sql.update(table.table())
				.set(table.version(), table.version().plus(1))
				.set(table.lastModified(), now)
				.where(table.organisationId().eq(organisationId))
				.and(table.id().in(batch))
				.execute();
		});
	}

	static void update(DSLContext sql, ResourceTable table, StoredResource resource, ResourceColumns columns) {
		sql.update(table.table())
			.set(values(table, resource, columns))
			.where(table.organisationId().eq(resource.organisationId()))
			.and(table.id().eq(resource.id()))
			.execute();
	}

	private static Map<Field<?>, @Nullable Object> values(ResourceTable table, StoredResource resource,
			ResourceColumns columns) {
		Map<Field<?>, @Nullable Object> values = new LinkedHashMap<>();
		values.put(table.name(), columns.name());
		values.put(table.nameKey(), columns.nameKey());
		values.put(table.externalId(), columns.externalId());
		Field<Boolean> active = table.active();
		Field<Boolean> guest = table.guest();
		if (active != null && guest != null) {
			// only users have a display name apart from their unique name
			values.put(table.displayName(), columns.displayName());
			values.put(active, columns.active());
			values.put(guest, columns.guest());
		}
		values.put(table.document(), document(resource.attributes()));
		values.put(table.version(), resource.version());
		values.put(table.lastModified(), resource.lastModified());
		return values;
	}

	/**
	 * Replaces the resource's rows of the attribute index, written in batches of bounded
	 * size.
	 */
	static void writeIndex(DSLContext sql, StoredResource resource) {
		deleteIndex(sql, resource.organisationId(), resource.id());
		RowBatches.write(AttributeIndex.rowsOf(resource.attributes()), (batch) -> insertIndex(sql, resource, batch));
	}

	private static void insertIndex(DSLContext sql, StoredResource resource, List<AttributeRow> rows) {
		AttributeTable index = AttributeTable.RESOURCE_ATTRIBUTE;
		List<Field<?>> columns = List.of(index.organisationId(), index.resourceId(), index.resourceType(), index.path(),
				index.element(), index.valueString(), index.valueLower(), index.valuePrefix(), index.valueNumber(),
				index.valueBoolean(), index.valueTime());
		InsertValuesStepN<?> insert = sql.insertInto(index.table(), columns);
		for (AttributeRow row : rows) {
			insert = insert.values(resource.organisationId(), resource.id(), resource.type().scimName(), row.path(),
					row.element(), row.string(), row.lower(), row.prefix(), row.number(), row.bool(), row.time());
		}
		insert.execute();
	}

	static void delete(DSLContext sql, ResourceTable table, UUID organisationId, UUID id) {
		deleteIndex(sql, organisationId, id);
		sql.deleteFrom(table.table()).where(table.organisationId().eq(organisationId)).and(table.id().eq(id)).execute();
	}

	private static void deleteIndex(DSLContext sql, UUID organisationId, UUID id) {
		AttributeTable index = AttributeTable.RESOURCE_ATTRIBUTE;
		sql.deleteFrom(index.table())
			.where(index.organisationId().eq(organisationId))
			.and(index.resourceId().eq(id))
			.execute();
	}

}
