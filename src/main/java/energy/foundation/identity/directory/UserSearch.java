package energy.foundation.identity.directory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Lists the users, groups and memberships of one organisation for the tenant admin pages:
 * searched and paged by the database, a bounded page at a time. Pages follow a key (the
 * lower-case {@code userName} or group {@code displayName}) rather than an offset, so
 * that a page costs the same at the 100,000th user as at the first and a resource created
 * or deleted meanwhile neither repeats nor hides another. Every query names the
 * organisation; another organisation's resources are never seen.
 */
@Service
public final class UserSearch {

	/**
	 * The largest page answered; a larger size is reduced to it.
	 */
	public static final int MAX_PAGE_SIZE = 200;

	/**
	 * How many groups {@link #userGroups} answers at most.
	 */
	public static final int MAX_USER_GROUPS = 1000;

	private static final char LIKE_ESCAPE = '!';

	private static final List<String> SEARCHED_PATHS = List.of("name.givenname", "name.familyname", "emails.value");

	private static final ResourceTable USER = ResourceTable.USER;

	private static final ResourceTable GROUP = ResourceTable.GROUP;

	private final DSLContext dsl;

	UserSearch(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Users of the organisation by {@code userName} (ignoring case).
	 * @param text what {@code userName}, {@code displayName}, {@code name.givenName},
	 * {@code name.familyName} or any {@code emails.value} must contain, ignoring case and
	 * NUL characters; {@code null} or blank for every user
	 * @param guest only guests ({@code true}) or only members ({@code false});
	 * {@code null} for both
	 * @param active only users with this {@code active}; {@code null} for all
	 * @param afterCursor the {@link SearchPage#nextCursor()} of the page before, or
	 * {@code null} for the first page
	 * @param size the page size, brought into 1 to {@value #MAX_PAGE_SIZE}
	 * @throws InvalidCursorException when the cursor was not made by this service
	 */
	public SearchPage<UserSummary> searchUsers(UUID organisationId, @Nullable String text, @Nullable Boolean guest,
			@Nullable Boolean active, @Nullable String afterCursor, int size) {
		Condition condition = USER.organisationId().eq(organisationId).and(userText(text));
		Field<Boolean> guestColumn = required(USER.guest());
		Field<Boolean> activeColumn = required(USER.active());
		if (guest != null) {
			condition = condition.and(guestColumn.eq(guest));
		}
		if (active != null) {
			condition = condition.and(activeColumn.eq(active));
		}
		if (afterCursor != null) {
			condition = condition.and(USER.nameKey().gt(decode(afterCursor)));
		}

		Field<String> email = primaryEmail();
		List<? extends Record> rows = this.dsl
			.select(USER.id(), USER.name(), USER.nameKey(), USER.displayName(), USER.externalId(), activeColumn,
					guestColumn, USER.lastModified(), email)
			.from(USER.table())
			.where(condition)
			.orderBy(USER.nameKey())
			.limit(pageSize(size) + 1)
			.fetch();
		return page(rows, pageSize(size), (row) -> encode(row.get(USER.nameKey())), (row) -> userSummary(row, email));
	}

	/**
	 * Groups of the organisation by {@code displayName} (ignoring case).
	 * @param text what the {@code displayName} must contain, ignoring case; {@code null}
	 * or blank for every group
	 * @param afterCursor the {@link SearchPage#nextCursor()} of the page before, or
	 * {@code null} for the first page
	 * @param size the page size, brought into 1 to {@value #MAX_PAGE_SIZE}
	 * @throws InvalidCursorException when the cursor was not made by this service
	 */
	public SearchPage<GroupSummary> searchGroups(UUID organisationId, @Nullable String text,
			@Nullable String afterCursor, int size) {
		Condition condition = GROUP.organisationId().eq(organisationId);
		String pattern = pattern(text);
		if (pattern != null) {
			condition = condition.and(GROUP.nameKey().like(pattern, LIKE_ESCAPE));
		}
		if (afterCursor != null) {
			condition = condition.and(GROUP.nameKey().gt(decode(afterCursor)));
		}

		Field<Integer> memberCount = memberCount();
		List<? extends Record> rows = this.dsl
			.select(GROUP.id(), GROUP.name(), GROUP.nameKey(), GROUP.lastModified(), memberCount)
			.from(GROUP.table())
			.where(condition)
			.orderBy(GROUP.nameKey())
			.limit(pageSize(size) + 1)
			.fetch();
		return page(rows, pageSize(size), (row) -> encode(row.get(GROUP.nameKey())),
				(row) -> groupSummary(row, memberCount));
	}

	/**
	 * The direct members of a group, users and groups together, by the name they show
	 * (ignoring case), then id.
	 * @return the page; empty when the organisation has no such group
	 * @throws InvalidCursorException when the cursor was not made by this service
	 */
	public SearchPage<MemberSummary> groupMembers(UUID organisationId, UUID groupId, @Nullable String afterCursor,
			int size) {
		Table<?> members = memberView(organisationId, groupId).asTable("member_view");
		Field<String> type = DSL.field(DSL.name("member_view", "member_type"), SQLDataType.VARCHAR);
		Field<UUID> id = DSL.field(DSL.name("member_view", "member_id"), SQLDataType.UUID);
		Field<String> display = DSL.field(DSL.name("member_view", "display"), SQLDataType.VARCHAR);
		Field<String> sortKey = DSL.lower(display);
		Condition condition = DSL.noCondition();
		if (afterCursor != null) {
			String[] position = decode(afterCursor).split("\n(?=[^\n]*$)", 2);
			if (position.length != 2) {
				throw new InvalidCursorException();
			}
			condition = DSL.row(sortKey, id).gt(DSL.val(position[0]), DSL.val(parseId(position[1])));
		}

		List<? extends Record> rows = this.dsl.select(type, id, display, sortKey.as("sort_key"))
			.from(members)
			.where(condition)
			.orderBy(sortKey, id)
			.limit(pageSize(size) + 1)
			.fetch();
		return page(rows, pageSize(size), (row) -> encode(row.get("sort_key", String.class) + "\n" + row.get(id)),
				(row) -> new MemberSummary(
						ResourceType.USER.scimName().equals(row.get(type)) ? ResourceType.USER : ResourceType.GROUP,
						row.get(id), row.get(display)));
	}

	/**
	 * The groups a user directly belongs to, by {@code displayName} (ignoring case), at
	 * most {@value #MAX_USER_GROUPS}.
	 * @return the groups; empty when the organisation has no such user
	 */
	public List<GroupSummary> userGroups(UUID organisationId, UUID userId) {
		MemberTable membership = MemberTable.as("membership");
		Field<Integer> memberCount = memberCount();
		return this.dsl.select(GROUP.id(), GROUP.name(), GROUP.lastModified(), memberCount)
			.from(GROUP.table())
			.join(membership.table())
			.on(membership.organisationId().eq(GROUP.organisationId()))
			.and(membership.groupId().eq(GROUP.id()))
			.where(GROUP.organisationId().eq(organisationId))
			.and(membership.memberId().eq(userId))
			.and(membership.memberType().eq(ResourceType.USER.scimName()))
			.orderBy(GROUP.nameKey())
			.limit(MAX_USER_GROUPS)
			.fetch((row) -> groupSummary(row, memberCount));
	}

	/**
	 * How many users, members, guests, disabled users and groups the organisation has.
	 */
	public DirectoryStatistics statistics(UUID organisationId) {
		Field<Integer> users = DSL.count();
		Field<Integer> guests = DSL.count().filterWhere(required(USER.guest()).isTrue());
		Field<Integer> disabled = DSL.count().filterWhere(required(USER.active()).isFalse());
		Record3<Integer, Integer, Integer> counts = this.dsl.select(users, guests, disabled)
			.from(USER.table())
			.where(USER.organisationId().eq(organisationId))
			.fetchSingle();
		long groups = this.dsl.fetchCount(GROUP.table(), GROUP.organisationId().eq(organisationId));
		long total = counts.value1();
		long guestCount = counts.value2();
		return new DirectoryStatistics(total, total - guestCount, guestCount, counts.value3(), groups);
	}

	private static Condition userText(@Nullable String text) {
		String pattern = pattern(text);
		if (pattern == null) {
			return DSL.noCondition();
		}
		AttributeTable attribute = AttributeTable.as("searched");
		Condition inAttributes = DSL.exists(DSL.selectOne()
			.from(attribute.table())
			.where(attribute.organisationId().eq(USER.organisationId()))
			.and(attribute.resourceId().eq(USER.id()))
			.and(attribute.resourceType().eq(ResourceType.USER.scimName()))
			.and(attribute.path().in(SEARCHED_PATHS))
			.and(attribute.valueLower().like(pattern, LIKE_ESCAPE)));
		return USER.nameKey()
			.like(pattern, LIKE_ESCAPE)
			.or(DSL.lower(USER.displayName()).like(pattern, LIKE_ESCAPE))
			.or(inAttributes);
	}

	/**
	 * The user's primary e-mail address, else its first one.
	 */
	private static Field<String> primaryEmail() {
		AttributeTable email = AttributeTable.as("email");
		AttributeTable primary = AttributeTable.as("email_primary");
		Condition isPrimary = DSL.exists(DSL.selectOne()
			.from(primary.table())
			.where(primary.organisationId().eq(email.organisationId()))
			.and(primary.resourceId().eq(email.resourceId()))
			.and(primary.path().eq("emails.primary"))
			.and(primary.element().eq(email.element()))
			.and(primary.valueBoolean().isTrue()));
		return DSL
			.field(DSL.select(email.valueString())
				.from(email.table())
				.where(email.organisationId().eq(USER.organisationId()))
				.and(email.resourceId().eq(USER.id()))
				.and(email.resourceType().eq(ResourceType.USER.scimName()))
				.and(email.path().eq("emails.value"))
				.orderBy(DSL.when(isPrimary, 0).else_(1), email.element())
				.limit(1))
			.as("primary_email");
	}

	/**
	 * How many direct members a group of the outer query has.
	 */
	static Field<Integer> memberCount() {
		MemberTable member = MemberTable.as("counted");
		return DSL
			.field(DSL.selectCount()
				.from(member.table())
				.where(member.organisationId().eq(GROUP.organisationId()))
				.and(member.groupId().eq(GROUP.id())))
			.as("member_count");
	}

	/**
	 * The group's members with the name each shows: users joined to their rows, groups to
	 * theirs.
	 */
	private static Select<Record3<String, UUID, String>> memberView(UUID organisationId, UUID groupId) {
		MemberTable userMember = MemberTable.as("user_member");
		MemberTable groupMember = MemberTable.as("group_member_of");
		Field<String> userDisplay = DSL.coalesce(DSL.nullif(USER.displayName(), ""), USER.name());
		return DSL
			.select(userMember.memberType().as("member_type"), userMember.memberId().as("member_id"),
					userDisplay.as("display"))
			.from(userMember.table())
			.join(USER.table())
			.on(USER.organisationId().eq(userMember.organisationId()))
			.and(USER.id().eq(userMember.memberId()))
			.where(userMember.organisationId().eq(organisationId))
			.and(userMember.groupId().eq(groupId))
			.and(userMember.memberType().eq(ResourceType.USER.scimName()))
			.unionAll(DSL
				.select(groupMember.memberType().as("member_type"), groupMember.memberId().as("member_id"),
						GROUP.name().as("display"))
				.from(groupMember.table())
				.join(GROUP.table())
				.on(GROUP.organisationId().eq(groupMember.organisationId()))
				.and(GROUP.id().eq(groupMember.memberId()))
				.where(groupMember.organisationId().eq(organisationId))
				.and(groupMember.groupId().eq(groupId))
				.and(groupMember.memberType().eq(ResourceType.GROUP.scimName())));
	}

	private static UserSummary userSummary(Record row, Field<String> email) {
		boolean guest = row.get(required(USER.guest()));
		String userName = row.get(USER.name());
		String primaryEmail = row.get(email);
		String homeDomain = (guest) ? GuestUsers.homeDomain(row.get(USER.externalId()), userName, primaryEmail) : null;
		return new UserSummary(row.get(USER.id()), userName, row.get(USER.displayName()), primaryEmail,
				row.get(required(USER.active())), guest, homeDomain, row.get(USER.lastModified()));
	}

	private static GroupSummary groupSummary(Record row, Field<Integer> memberCount) {
		Integer count = row.get(memberCount);
		Instant lastModified = row.get(GROUP.lastModified());
		return new GroupSummary(row.get(GROUP.id()), row.get(GROUP.name()), (count != null) ? count : 0, lastModified);
	}

	private static <R extends Record, T> SearchPage<T> page(List<R> rows, int size, Function<R, String> cursor,
			Function<R, T> item) {
		List<T> items = new ArrayList<>();
		for (int i = 0; i < Math.min(size, rows.size()); i++) {
			items.add(item.apply(rows.get(i)));
		}
		String next = (rows.size() > size) ? cursor.apply(rows.get(size - 1)) : null;
		return new SearchPage<>(items, next);
	}

	private static @Nullable String pattern(@Nullable String text) {
		// PostgreSQL refuses a NUL in a query, and no stored value holds one
		String searched = (text != null) ? text.replace("\0", "").strip() : "";
		if (searched.isEmpty()) {
			return null;
		}
		return "%" + DSL.escape(searched.toLowerCase(Locale.ROOT), LIKE_ESCAPE) + "%";
	}

	private static int pageSize(int size) {
		return Math.clamp(size, 1, MAX_PAGE_SIZE);
	}

	private static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		String key;
		try {
			key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException(ex);
		}
		// PostgreSQL refuses a NUL in a query, and no name this service made a cursor of
		// holds one
		if (key.indexOf('\0') >= 0) {
			throw new InvalidCursorException();
		}
		return key;
	}

	private static UUID parseId(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException(ex);
		}
	}

	private static <T> Field<T> required(@Nullable Field<T> field) {
		if (field == null) {
			throw new IllegalStateException("The user table lacks a column");
		}
		return field;
	}

}
