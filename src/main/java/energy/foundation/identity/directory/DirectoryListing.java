package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Lists and finds the users and groups of one organisation for the platform's instances,
 * which keep copies of them. Listings follow the order of creation (then id) and page by
 * that key, so a listing that runs while the directory changes sees every resource that
 * existed when it began exactly once, and a resource created meanwhile at most once.
 * Every query names the organisation; another organisation's resources are never seen.
 */
@Service
public final class DirectoryListing {

	/**
	 * The largest page answered.
	 */
	public static final int MAX_PAGE_SIZE = 500;

	/**
	 * The most users a lookup by {@code externalId} answers.
	 */
	static final int MAX_MATCHES = 10;

	private static final ResourceTable USER = ResourceTable.USER;

	private static final ResourceTable GROUP = ResourceTable.GROUP;

	private static final Field<Integer> MEMBER_COUNT = UserSearch.memberCount();

	private final DSLContext dsl;

	DirectoryListing(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Users of the organisation in creation order.
	 * @param changedSince only users whose {@code lastModified} is at or after this time;
	 * {@code null} for all
	 * @param active only users with this {@code active}; {@code null} for all
	 * @param after where the page before ended, or {@code null} for the first page
	 * @param size the page size, 1 to {@value #MAX_PAGE_SIZE}
	 */
	public ListingPage<ListedUser> users(UUID organisationId, @Nullable Instant changedSince, @Nullable Boolean active,
			@Nullable ListingPosition after, int size) {
		Condition condition = USER.organisationId().eq(organisationId);
		if (changedSince != null) {
			condition = condition.and(USER.lastModified().ge(changedSince));
		}
		if (active != null) {
			condition = condition.and(required(USER.active()).eq(active));
		}
		List<Record> rows = page(USER, condition, after, size);
		return toPage(rows, size, USER, (row) -> toUser(ResourceRows.toResource(row, USER, List.of())));
	}

	/**
	 * One user of the organisation.
	 */
	public Optional<ListedUser> user(UUID organisationId, UUID userId) {
		return ResourceRows.select(this.dsl, USER)
			.where(USER.organisationId().eq(organisationId))
			.and(USER.id().eq(userId))
			.fetchOptional((row) -> toUser(ResourceRows.toResource(row, USER, List.of())));
	}

	/**
	 * Groups of the organisation in creation order.
	 * @param after where the page before ended, or {@code null} for the first page
	 * @param size the page size, 1 to {@value #MAX_PAGE_SIZE}
	 */
	public ListingPage<ListedGroup> groups(UUID organisationId, @Nullable ListingPosition after, int size) {
		List<Record> rows = page(GROUP, GROUP.organisationId().eq(organisationId), after, size);
		return toPage(rows, size, GROUP, DirectoryListing::toGroup);
	}

	/**
	 * One group of the organisation.
	 */
	public Optional<ListedGroup> group(UUID organisationId, UUID groupId) {
		return select(GROUP).where(GROUP.organisationId().eq(organisationId))
			.and(GROUP.id().eq(groupId))
			.fetchOptional(DirectoryListing::toGroup);
	}

	/**
	 * The users of the organisation whose {@code externalId} is exactly the given value
	 * or, for a GUID, the same GUID in all lower or all upper case (a GUID stored in
	 * mixed case matches only as given).
	 */
	public List<ListedUser> findByExternalId(UUID organisationId, String externalId) {
		Set<String> spellings = isGuid(externalId)
				? new LinkedHashSet<>(
						List.of(externalId, externalId.toLowerCase(Locale.ROOT), externalId.toUpperCase(Locale.ROOT)))
				: Set.of(externalId);
		return find(USER.organisationId().eq(organisationId).and(USER.externalId().in(spellings)));
	}

	/**
	 * The user of the organisation whose {@code userName} equals the given value,
	 * ignoring case ({@link Locale#ROOT}); user names are unique in this sense.
	 */
	public Optional<ListedUser> findByUserName(UUID organisationId, String userName) {
		String key = userName.strip().toLowerCase(Locale.ROOT);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return find(USER.organisationId().eq(organisationId).and(USER.nameKey().eq(key))).stream().findFirst();
	}

	private List<ListedUser> find(Condition condition) {
		return ResourceRows.select(this.dsl, USER)
			.where(condition)
			.orderBy(USER.created(), USER.id())
			.limit(MAX_MATCHES)
			.fetch((row) -> toUser(ResourceRows.toResource(row, USER, List.of())));
	}

	private List<Record> page(ResourceTable table, Condition condition, @Nullable ListingPosition after, int size) {
		Condition from = (after != null)
				? DSL.row(table.created(), table.id()).gt(DSL.val(after.created()), DSL.val(after.id()))
				: DSL.noCondition();
		return select(table).where(condition)
			.and(from)
			.orderBy(table.created(), table.id())
			.limit(pageSize(size) + 1)
			.fetch();
	}

	/**
	 * The columns of a resource and, for a group, its member count.
	 */
	private SelectJoinStep<Record> select(ResourceTable table) {
		List<Field<?>> columns = new ArrayList<>(List.of(table.organisationId(), table.id(), table.document(),
				table.version(), table.created(), table.lastModified()));
		if (table.type() == ResourceType.GROUP) {
			columns.add(MEMBER_COUNT);
		}
		return this.dsl.select(columns).from(table.table());
	}

	private static <T> ListingPage<T> toPage(List<Record> rows, int size, ResourceTable table,
			Function<Record, T> item) {
		int pageSize = pageSize(size);
		List<T> items = new ArrayList<>();
		for (int i = 0; i < Math.min(pageSize, rows.size()); i++) {
			items.add(item.apply(rows.get(i)));
		}
		ListingPosition next = null;
		if (rows.size() > pageSize) {
			Record last = rows.get(pageSize - 1);
			next = new ListingPosition(last.get(table.created()), last.get(table.id()));
		}
		return new ListingPage<>(items, next);
	}

	private static ListedGroup toGroup(Record row) {
		StoredResource group = ResourceRows.toResource(row, GROUP, List.of());
		ResourceSummary summary = ResourceSummary.of(group);
		Integer members = row.get(MEMBER_COUNT);
		return new ListedGroup(group.id(), summary.name(), summary.externalId(), (members != null) ? members : 0,
				group.created(), group.lastModified());
	}

	static ListedUser toUser(StoredResource user) {
		ResourceSummary summary = ResourceSummary.of(user);
		ObjectNode attributes = user.attributes();
		JsonNode name = find(attributes, "name");
		return new ListedUser(user.id(), summary.name(), summary.externalId(), summary.displayName(),
				string(name, "givenName"), string(name, "familyName"), email(find(attributes, "emails")),
				summary.active(), summary.guest(), user.created(), user.lastModified());
	}

	/**
	 * The primary e-mail address, else the first one with a value.
	 */
	private static @Nullable String email(@Nullable JsonNode emails) {
		if (emails == null || !emails.isArray()) {
			return null;
		}
		String first = null;
		for (JsonNode email : emails) {
			String value = string(email, "value");
			if (value == null) {
				continue;
			}
			JsonNode primary = find(email, "primary");
			if (primary != null && primary.isBoolean() && primary.booleanValue()) {
				return value;
			}
			if (first == null) {
				first = value;
			}
		}
		return first;
	}

	private static @Nullable String string(@Nullable JsonNode node, String attribute) {
		JsonNode value = find(node, attribute);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	private static @Nullable JsonNode find(@Nullable JsonNode node, String attribute) {
		if (node == null || !node.isObject()) {
			return null;
		}
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (property.getKey().equalsIgnoreCase(attribute)) {
				return property.getValue();
			}
		}
		return null;
	}

	private static boolean isGuid(String value) {
		try {
			return value.length() == 36 && UUID.fromString(value) != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int pageSize(int size) {
		return Math.clamp(size, 1, MAX_PAGE_SIZE);
	}

	private static <T> Field<T> required(@Nullable Field<T> field) {
		if (field == null) {
			throw new IllegalStateException("The user table lacks a column");
		}
		return field;
	}

}
