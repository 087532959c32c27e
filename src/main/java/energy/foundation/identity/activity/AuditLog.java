package energy.foundation.identity.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The audit log: what operators, operator tokens, tenant administrators and the service
 * did, newest first. Controllers record each change they make; the consoles read it page
 * by page. A record joins the caller's transaction when there is one, so an action and
 * its audit entry are stored together.
 */
@Service
public final class AuditLog {

	/**
	 * The longest actor name kept; a longer one (a display name is up to 256 characters
	 * in Entra ID, an e-mail address may be longer) is cut.
	 */
	public static final int MAX_ACTOR_NAME_LENGTH = 256;

	private static final Table<Record> AUDIT_LOG = DSL.table(DSL.name("audit_log"));

	private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	private static final Field<Instant> OCCURRED_AT = DSL.field(DSL.name("occurred_at"), SQLDataType.INSTANT);

	private static final Field<String> ACTOR_KIND = DSL.field(DSL.name("actor_kind"), SQLDataType.VARCHAR);

	private static final Field<String> ACTOR_ID = DSL.field(DSL.name("actor_id"), SQLDataType.VARCHAR);

	private static final Field<String> ACTOR_NAME = DSL.field(DSL.name("actor_name"), SQLDataType.VARCHAR);

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	private static final Field<String> ACTION = DSL.field(DSL.name("action"), SQLDataType.VARCHAR);

	private static final Field<String> TARGET = DSL.field(DSL.name("target"), SQLDataType.VARCHAR);

	private static final Field<String> DETAIL = DSL.field(DSL.name("detail"), SQLDataType.VARCHAR);

	private static final Field<String> REMOTE_ADDRESS = DSL.field(DSL.name("remote_address"), SQLDataType.VARCHAR);

	private final DSLContext dsl;

	private final Clock clock;

	AuditLog(DSLContext dsl, ObjectProvider<Clock> clock) {
		this.dsl = dsl;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Stores an action, stamped with the current time.
	 */
	public void record(AuditEvent event) {
		AuditLogEntry entry = new AuditLogEntry(UUID.randomUUID(), this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				event.actor(), event.organisationId(), event.action(), event.target(), event.detail());
		Actor actor = entry.actor();

		this.dsl.insertInto(AUDIT_LOG)
			.set(ID, entry.id())
			.set(OCCURRED_AT, entry.occurredAt())
			.set(ACTOR_KIND, actor.kind().name())
			.set(ACTOR_ID, actor.id())
			.set(ACTOR_NAME, cut(actor.name(), MAX_ACTOR_NAME_LENGTH))
			.set(ORGANISATION_ID, entry.organisationId())
			.set(ACTION, entry.action())
			.set(TARGET, entry.target())
			.set(DETAIL, entry.detail())
			.set(REMOTE_ADDRESS, actor.remoteAddress())
			.execute();
	}

	/**
	 * One page of the entries matching the query, newest first (by time, then id, both
	 * descending).
	 * @throws IllegalArgumentException when {@code after} is not a cursor this service
	 * made
	 */
	public AuditLogPage search(AuditLogQuery query) {
		List<Condition> conditions = new ArrayList<>();
		if (query.organisationId() != null) {
			conditions.add(ORGANISATION_ID.eq(query.organisationId()));
		}
		if (query.actorKind() != null) {
			conditions.add(ACTOR_KIND.eq(query.actorKind().name()));
		}
		if (query.action() != null) {
			conditions.add(ACTION.eq(query.action()));
		}
		if (query.from() != null) {
			conditions.add(OCCURRED_AT.ge(query.from().truncatedTo(ChronoUnit.MICROS)));
		}
		if (query.to() != null) {
			conditions.add(OCCURRED_AT.lt(query.to().truncatedTo(ChronoUnit.MICROS)));
		}
		if (query.after() != null) {
			PageCursor cursor = PageCursor.decode(query.after());
			conditions.add(OCCURRED_AT.lt(cursor.time()).or(OCCURRED_AT.eq(cursor.time()).and(ID.lt(cursor.id()))));
		}

		List<AuditLogEntry> rows = this.dsl
			.select(ID, OCCURRED_AT, ACTOR_KIND, ACTOR_ID, ACTOR_NAME, ORGANISATION_ID, ACTION, TARGET, DETAIL,
					REMOTE_ADDRESS)
			.from(AUDIT_LOG)
			.where(conditions)
			.orderBy(OCCURRED_AT.desc(), ID.desc())
			.limit(query.size() + 1)
			.fetch(AuditLog::toEntry);
		return page(rows, query.size());
	}

	/**
	 * The text cut to at most the given number of UTF-16 units, never between the two
	 * halves of a surrogate pair.
	 */
	static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static AuditLogPage page(List<AuditLogEntry> rows, int size) {
		if (rows.size() <= size) {
			return new AuditLogPage(rows, null);
		}
		List<AuditLogEntry> entries = rows.subList(0, size);
		AuditLogEntry last = entries.get(size - 1);
		return new AuditLogPage(entries, new PageCursor(last.occurredAt(), last.id()).encode());
	}

	private static AuditLogEntry toEntry(Record row) {
		Actor actor = new Actor(ActorKind.valueOf(row.get(ACTOR_KIND)), row.get(ACTOR_ID), row.get(ACTOR_NAME),
				row.get(REMOTE_ADDRESS));
		return new AuditLogEntry(row.get(ID), row.get(OCCURRED_AT), actor, row.get(ORGANISATION_ID), row.get(ACTION),
				row.get(TARGET), row.get(DETAIL));
	}

}
