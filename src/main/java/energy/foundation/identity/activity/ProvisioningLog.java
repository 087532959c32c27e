package energy.foundation.identity.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The provisioning log: every SCIM request of every organisation, accepted or rejected,
 * newest first. Entries name operations, resources and attributes, never attribute
 * values, unless an organisation switches value capture on; secrets and the
 * {@code Authorization} header are never kept. Every read is scoped to one organisation
 * and bounded (keyset pages of at most {@value ProvisioningLogQuery#MAX_SIZE}).
 */
@Service
public final class ProvisioningLog {

	private static final Table<Record> LOG = DSL.table(DSL.name("provisioning_log"));

	private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	private static final Field<Instant> RECEIVED_AT = DSL.field(DSL.name("received_at"), SQLDataType.INSTANT);

	private static final Field<String> OPERATION = DSL.field(DSL.name("operation"), SQLDataType.VARCHAR);

	private static final Field<String> SUMMARY = DSL.field(DSL.name("summary"), SQLDataType.VARCHAR);

	private static final Field<String> RESOURCE_TYPE = DSL.field(DSL.name("resource_type"), SQLDataType.VARCHAR);

	private static final Field<UUID> RESOURCE_ID = DSL.field(DSL.name("resource_id"), SQLDataType.UUID);

	private static final Field<String> OUTCOME = DSL.field(DSL.name("outcome"), SQLDataType.VARCHAR);

	private static final Field<Integer> HTTP_STATUS = DSL.field(DSL.name("http_status"), SQLDataType.INTEGER);

	private static final Field<String> SCIM_TYPE = DSL.field(DSL.name("scim_type"), SQLDataType.VARCHAR);

	private static final Field<Integer> LATENCY_MS = DSL.field(DSL.name("latency_ms"), SQLDataType.INTEGER);

	private static final Field<UUID> CREDENTIAL_ID = DSL.field(DSL.name("credential_id"), SQLDataType.UUID);

	private static final Field<String> CREDENTIAL_PREFIX = DSL.field(DSL.name("credential_prefix"),
			SQLDataType.VARCHAR);

	private static final Field<String> CHANGED_ATTRIBUTES = DSL.field(DSL.name("changed_attributes"),
			SQLDataType.VARCHAR);

	private static final Field<Integer> MEMBERS_ADDED = DSL.field(DSL.name("members_added"), SQLDataType.INTEGER);

	private static final Field<Integer> MEMBERS_REMOVED = DSL.field(DSL.name("members_removed"), SQLDataType.INTEGER);

	private static final Field<Boolean> TEST_CONNECTION = DSL.field(DSL.name("test_connection"), SQLDataType.BOOLEAN);

	private static final Field<String> REQUEST_ID = DSL.field(DSL.name("request_id"), SQLDataType.VARCHAR);

	private static final Field<String> CAPTURED_VALUES = DSL.field(DSL.name("captured_values"), SQLDataType.VARCHAR);

	private static final Table<Record> SETTING = DSL.table(DSL.name("provisioning_log_setting"));

	private static final Field<UUID> SETTING_ORGANISATION_ID = DSL.field(DSL.name("organisation_id"), SQLDataType.UUID);

	private static final Field<Boolean> CAPTURE_VALUES = DSL.field(DSL.name("capture_values"), SQLDataType.BOOLEAN);

	private static final Table<Record> ORGANISATION = DSL.table(DSL.name("organisation"));

	private static final Field<UUID> ORGANISATION_KEY = DSL.field(DSL.name("id"), SQLDataType.UUID);

	private static final Logger logger = LoggerFactory.getLogger(ProvisioningLog.class);

	private static final int MAX_CHANGED_ATTRIBUTES_CHARACTERS = 4000;

	private static final int PROBES_EXAMINED = 20;

	private static final int PRUNE_BATCH = 5000;

	private final DSLContext dsl;

	private final Clock clock;

	private final Duration cycleQuietPeriod;

	ProvisioningLog(DSLContext dsl, ObjectProvider<Clock> clock, ActivityProperties properties) {
		this.dsl = dsl;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.cycleQuietPeriod = properties.cycleQuietPeriod();
	}

	/**
	 * Stores one SCIM request, in a statement of its own. Requests naming an organisation
	 * that does not exist are not stored, so that nobody can write into a log by guessing
	 * ids. The request body is kept only when the organisation switched value capture on,
	 * and then without passwords and cut at 8 KB.
	 * @return whether the entry was stored
	 */
	public boolean record(ProvisioningEvent event) {
		UUID organisationId = event.organisationId();
		if (event.credentialId() == null && !organisationExists(organisationId)) {
			return false;
		}
		String captured = (event.requestBody() != null && valueCapture(organisationId))
				? CapturedValues.of(event.requestBody()) : null;

		this.dsl.insertInto(LOG)
			.set(ID, UUID.randomUUID())
			.set(ORGANISATION_ID, organisationId)
			.set(RECEIVED_AT, micros(event.receivedAt()))
			.set(OPERATION, event.operation().name())
			.set(SUMMARY, event.summary())
			.set(RESOURCE_TYPE, (event.resourceType() != null) ? event.resourceType().name() : null)
			.set(RESOURCE_ID, event.resourceId())
			.set(OUTCOME, event.outcome().name())
			.set(HTTP_STATUS, event.httpStatus())
			.set(SCIM_TYPE, event.scimType())
			.set(LATENCY_MS, (int) Math.min(Integer.MAX_VALUE, Math.max(0, event.latencyMillis())))
			.set(CREDENTIAL_ID, event.credentialId())
			.set(CREDENTIAL_PREFIX, event.credentialPrefix())
			.set(CHANGED_ATTRIBUTES, joined(event.changedAttributes()))
			.set(MEMBERS_ADDED, event.membersAdded())
			.set(MEMBERS_REMOVED, event.membersRemoved())
			.set(TEST_CONNECTION, event.testConnection())
			.set(REQUEST_ID, event.requestId())
			.set(CAPTURED_VALUES, captured)
			.execute();
		return true;
	}

	/**
	 * One page of an organisation's log, newest first (by time, then id, both
	 * descending), matching the query.
	 * @throws IllegalArgumentException when {@code after} is not a cursor this service
	 * made
	 */
	public ProvisioningLogPage search(UUID organisationId, ProvisioningLogQuery query) {
		List<Condition> conditions = new ArrayList<>(List.of(ORGANISATION_ID.eq(organisationId)));
		if (query.outcome() != null) {
			conditions.add(OUTCOME.eq(query.outcome().name()));
		}
		if (query.operation() != null) {
			conditions.add(OPERATION.eq(query.operation().name()));
		}
		if (query.from() != null) {
			conditions.add(RECEIVED_AT.ge(micros(query.from())));
		}
		if (query.to() != null) {
			conditions.add(RECEIVED_AT.lt(micros(query.to())));
		}
		if (query.resourceId() != null) {
			conditions.add(RESOURCE_ID.eq(query.resourceId()));
		}
		if (query.after() != null) {
			conditions.add(before(PageCursor.decode(query.after())));
		}

		List<ProvisioningLogEntry> rows = this.dsl.select(columns())
			.from(LOG)
			.where(conditions)
			.orderBy(RECEIVED_AT.desc(), ID.desc())
			.limit(query.size() + 1)
			.fetch(ProvisioningLog::toEntry);
		return page(rows, query.size());
	}

	/**
	 * The entry with this id, if it belongs to the organisation.
	 */
	public Optional<ProvisioningLogEntry> find(UUID organisationId, UUID entryId) {
		return this.dsl.select(columns())
			.from(LOG)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(ID.eq(entryId))
			.fetchOptional(ProvisioningLog::toEntry);
	}

	/**
	 * How the organisation's identity provider is doing: its last request and probe, the
	 * requests and failures of the last 24 hours and of the current provisioning cycle
	 * (see {@link ConnectionHealth} for how a cycle is recognised).
	 */
	public ConnectionHealth health(UUID organisationId) {
		Instant now = this.clock.instant();
		Instant lastRequestAt = latest(ORGANISATION_ID.eq(organisationId));
		Instant lastProbeAt = latest(ORGANISATION_ID.eq(organisationId).and(TEST_CONNECTION.isTrue()));
		long[] lastDay = counts(organisationId, now.minus(Duration.ofHours(24)));
		Instant cycleStart = (lastProbeAt != null) ? cycleStart(organisationId) : null;
		long[] cycle = (cycleStart != null) ? counts(organisationId, cycleStart) : new long[2];

		return new ConnectionHealth(lastRequestAt, lastDay[0], lastDay[1], lastProbeAt, cycleStart, cycle[0], cycle[1]);
	}

	/**
	 * Whether the organisation's log keeps request bodies (without passwords); off unless
	 * switched on.
	 */
	public boolean valueCapture(UUID organisationId) {
		Boolean on = this.dsl.select(CAPTURE_VALUES)
			.from(SETTING)
			.where(SETTING_ORGANISATION_ID.eq(organisationId))
			.fetchOne(CAPTURE_VALUES);
		return Boolean.TRUE.equals(on);
	}

	/**
	 * Switches value capture on or off for the organisation's future requests.
	 * @throws org.springframework.dao.DataAccessException when the organisation does not
	 * exist
	 */
	public void setValueCapture(UUID organisationId, boolean on) {
		if (updateValueCapture(organisationId, on) == 0) {
			try {
				this.dsl.insertInto(SETTING)
					.set(SETTING_ORGANISATION_ID, organisationId)
					.set(CAPTURE_VALUES, on)
					.execute();
			}
			catch (DuplicateKeyException ex) {
				// inserted meanwhile by another request: change it as that one did
				updateValueCapture(organisationId, on);
			}
		}
		logger.info("Set value capture of the provisioning log of organisation {} to {}", organisationId, on);
	}

	/**
	 * Deletes the entries of every organisation received before the given time, in
	 * batches.
	 * @return how many were deleted
	 */
	public int prune(Instant olderThan) {
		Instant limit = micros(olderThan);
		int total = 0;
		int deleted;
		do {
			deleted = this.dsl.deleteFrom(LOG)
				.where(ID.in(DSL.select(ID).from(LOG).where(RECEIVED_AT.lt(limit)).limit(PRUNE_BATCH)))
				.execute();
			total += deleted;
		}
		while (deleted == PRUNE_BATCH);
		return total;
	}

	private int updateValueCapture(UUID organisationId, boolean on) {
		return this.dsl.update(SETTING)
			.set(CAPTURE_VALUES, on)
			.where(SETTING_ORGANISATION_ID.eq(organisationId))
			.execute();
	}

	private boolean organisationExists(UUID organisationId) {
		return this.dsl.fetchExists(ORGANISATION, ORGANISATION_KEY.eq(organisationId));
	}

	private @Nullable Instant latest(Condition condition) {
		return this.dsl.select(RECEIVED_AT)
			.from(LOG)
			.where(condition)
			.orderBy(RECEIVED_AT.desc())
			.limit(1)
			.fetchOne(RECEIVED_AT);
	}

	/**
	 * The requests and the rejected requests received since the given time.
	 */
	private long[] counts(UUID organisationId, Instant since) {
		Record2<Integer, Integer> counts = this.dsl
			.select(DSL.count(), DSL.count().filterWhere(OUTCOME.eq(ProvisioningOutcome.REJECTED.name())))
			.from(LOG)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(RECEIVED_AT.ge(since))
			.fetchSingle();
		return new long[] { counts.value1(), counts.value2() };
	}

	/**
	 * The latest of the recent probes that followed a quiet period.
	 */
	private @Nullable Instant cycleStart(UUID organisationId) {
		List<Instant> probes = this.dsl.select(RECEIVED_AT)
			.from(LOG)
			.where(ORGANISATION_ID.eq(organisationId))
			.and(TEST_CONNECTION.isTrue())
			.orderBy(RECEIVED_AT.desc())
			.limit(PROBES_EXAMINED)
			.fetch(RECEIVED_AT);
		for (Instant probe : probes) {
			boolean quietBefore = !this.dsl.fetchExists(LOG,
					ORGANISATION_ID.eq(organisationId)
						.and(RECEIVED_AT.ge(probe.minus(this.cycleQuietPeriod)))
						.and(RECEIVED_AT.lt(probe)));
			if (quietBefore) {
				return probe;
			}
		}
		return null;
	}

	private static Condition before(PageCursor cursor) {
		return RECEIVED_AT.lt(cursor.time()).or(RECEIVED_AT.eq(cursor.time()).and(ID.lt(cursor.id())));
	}

	private static ProvisioningLogPage page(List<ProvisioningLogEntry> rows, int size) {
		if (rows.size() <= size) {
			return new ProvisioningLogPage(rows, null);
		}
		List<ProvisioningLogEntry> entries = rows.subList(0, size);
		ProvisioningLogEntry last = entries.get(size - 1);
		return new ProvisioningLogPage(entries, new PageCursor(last.receivedAt(), last.id()).encode());
	}

	private static List<Field<?>> columns() {
		return List.of(ID, ORGANISATION_ID, RECEIVED_AT, OPERATION, SUMMARY, RESOURCE_TYPE, RESOURCE_ID, OUTCOME,
				HTTP_STATUS, SCIM_TYPE, LATENCY_MS, CREDENTIAL_ID, CREDENTIAL_PREFIX, CHANGED_ATTRIBUTES, MEMBERS_ADDED,
				MEMBERS_REMOVED, TEST_CONNECTION, REQUEST_ID, CAPTURED_VALUES);
	}

	private static ProvisioningLogEntry toEntry(Record row) {
		String resourceType = row.get(RESOURCE_TYPE);
		String changed = row.get(CHANGED_ATTRIBUTES);
		return new ProvisioningLogEntry(row.get(ID), row.get(ORGANISATION_ID), row.get(RECEIVED_AT),
				ProvisioningOperation.valueOf(row.get(OPERATION)), row.get(SUMMARY),
				(resourceType != null) ? ProvisioningResourceType.valueOf(resourceType) : null, row.get(RESOURCE_ID),
				ProvisioningOutcome.valueOf(row.get(OUTCOME)), row.get(HTTP_STATUS), row.get(SCIM_TYPE),
				row.get(LATENCY_MS), row.get(CREDENTIAL_ID), row.get(CREDENTIAL_PREFIX),
				(changed != null && !changed.isEmpty()) ? Arrays.asList(changed.split(",")) : List.of(),
				row.get(MEMBERS_ADDED), row.get(MEMBERS_REMOVED), row.get(TEST_CONNECTION), row.get(REQUEST_ID),
				row.get(CAPTURED_VALUES));
	}

	/**
	 * The names, comma-separated; names that would not fit are left out.
	 */
	private static @Nullable String joined(List<String> names) {
		if (names.isEmpty()) {
			return null;
		}
		StringBuilder joined = new StringBuilder();
		for (String name : names) {
			if (joined.length() + name.length() + 1 > MAX_CHANGED_ATTRIBUTES_CHARACTERS) {
				break;
			}
			joined.append(joined.isEmpty() ? "" : ",").append(name);
		}
		return joined.toString();
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

}
