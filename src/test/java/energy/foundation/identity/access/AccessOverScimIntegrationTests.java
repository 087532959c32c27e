package energy.foundation.identity.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.support.HttpCaller;
import energy.foundation.identity.support.HttpResult;
import energy.foundation.identity.support.LiveServiceTests;
import energy.foundation.identity.support.Tenant;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Effective roles and their events when users and groups change over SCIM as Entra ID
 * changes them: the whole service over HTTP, a role assigned to a nested group, and the
 * {@code change_event} rows that follow each request. A second organisation provisioned
 * alike must see none of it. Subclasses choose the database.
 */
abstract class AccessOverScimIntegrationTests extends LiveServiceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Field<Long> SEQUENCE = DSL.field(DSL.unquotedName("sequence"), SQLDataType.BIGINT);

	private static final Field<String> TYPE = DSL.field(DSL.unquotedName("type"), SQLDataType.VARCHAR);

	private static final Field<UUID> USER_ID = DSL.field(DSL.unquotedName("user_id"), SQLDataType.UUID);

	private static final Field<UUID> INSTANCE_ID = DSL.field(DSL.unquotedName("instance_id"), SQLDataType.UUID);

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID);

	private static final Field<String> DATA = DSL.field(DSL.unquotedName("data"), SQLDataType.VARCHAR);

	@Autowired
	private RoleAssignments assignments;

	@Autowired
	private Roles roles;

	@Autowired
	private EffectiveRoles effectiveRoles;

	@Autowired
	private DSLContext dsl;

	private Tenant contoso;

	private Tenant fabrikam;

	private UUID instance;

	@BeforeEach
	void onboard() {
		this.contoso = onboardOrganisation("Contoso");
		this.fabrikam = onboardOrganisation("Fabrikam");
		this.instance = createInstance(this.contoso, "Production");
		createInstance(this.fabrikam, "Production");
	}

	@Test
	void scimChangesWhenRoleAssignedToNestedGroupThenRoleEventsFollowEachChange() {
		HttpCaller scim = this.contoso.scim();
		String avery = createUser(scim, "avery@contoso.com");
		String blake = createUser(scim, "blake@contoso.com");
		String team = createGroup(scim, "Team", avery);
		String department = createGroup(scim, "Department", team, blake);
		provisionLookalike(this.fabrikam.scim());
		UUID organisation = UUID.fromString(this.contoso.organisationId());
		Role reader = this.roles.list(organisation, this.instance, false)
			.stream()
			.filter((role) -> role.name().equals("Reader"))
			.findFirst()
			.orElseThrow();

		this.assignments.assign(organisation, reader.id(), Subject.group(UUID.fromString(department)), "Avery Admin");

		assertThat(roleEventsSince(organisation, 0)).extracting(Event::type, Event::userId)
			.containsExactlyInAnyOrder(tuple("role.granted", avery), tuple("role.granted", blake));
		long mark = lastSequence(organisation);

		patchActive(scim, avery, false);

		assertThat(eventsSince(organisation, mark)).extracting(Event::type)
			.containsExactly("user.disabled", "role.revoked");
		assertThat(eventsSince(organisation, mark).get(1).instanceId()).isEqualTo(this.instance);
		assertThat(this.effectiveRoles.of(organisation, this.instance, UUID.fromString(avery))).isEmpty();
		mark = lastSequence(organisation);

		patchActive(scim, avery, true);

		assertThat(eventsSince(organisation, mark)).extracting(Event::type)
			.containsExactly("user.enabled", "role.granted");
		mark = lastSequence(organisation);

		HttpResult renamed = scim.patch("/Groups/" + department, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Replace","path":"displayName","value":"Department (renamed)"}]}""");

		assertThat(renamed.status()).as(renamed.body()).isIn(200, 204);
		assertThat(eventsSince(organisation, mark)).extracting(Event::type).containsExactly("group.updated");
		assertThat(this.effectiveRoles.of(organisation, this.instance, UUID.fromString(blake))).singleElement()
			.satisfies((role) -> assertThat(role.sources())
				.containsExactly(new RoleSource(UUID.fromString(department), "Department (renamed)")));
		mark = lastSequence(organisation);

		HttpResult deleted = scim.delete("/Groups/" + department);

		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		List<Event> afterDelete = eventsSince(organisation, mark);
		assertThat(afterDelete).extracting(Event::type).first().isEqualTo("group.deleted");
		assertThat(afterDelete.subList(1, afterDelete.size())).extracting(Event::type, Event::userId)
			.containsExactlyInAnyOrder(tuple("role.revoked", avery), tuple("role.revoked", blake));
		assertThat(roleEventsSince(UUID.fromString(this.fabrikam.organisationId()), 0)).isEmpty();
	}

	@Test
	void scimMembershipWhenUserJoinsAssignedGroupThenGrantedAfterMemberAdded() {
		HttpCaller scim = this.contoso.scim();
		String team = createGroup(scim, "Team");
		UUID organisation = UUID.fromString(this.contoso.organisationId());
		Role contributor = this.roles.list(organisation, this.instance, false)
			.stream()
			.filter((role) -> role.name().equals("Contributor"))
			.findFirst()
			.orElseThrow();
		this.assignments.assign(organisation, contributor.id(), Subject.group(UUID.fromString(team)), null);
		String casey = createUser(scim, "casey@contoso.com");
		long mark = lastSequence(organisation);

		HttpResult added = scim.patch("/Groups/" + team, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Add","path":"members","value":[{"value":"%s"}]}]}""".formatted(casey));

		assertThat(added.status()).as(added.body()).isIn(200, 204);
		assertThat(eventsSince(organisation, mark)).extracting(Event::type, Event::userId)
			.containsExactly(tuple("group.member_added", casey), tuple("role.granted", casey));
		assertThat(eventsSince(organisation, mark).get(1).data().path("role").path("name").asString())
			.isEqualTo("Contributor");
	}

	private void provisionLookalike(HttpCaller scim) {
		String sam = createUser(scim, "avery@contoso.com");
		createGroup(scim, "Department", createGroup(scim, "Team", sam));
	}

	private UUID createInstance(Tenant tenant, String name) {
		HttpResult created = operator().send("POST", "/organisations/" + tenant.organisationId() + "/instances",
				Map.of("Content-Type", "application/json"), "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return UUID.fromString(created.json().get("id").asString());
	}

	private static String createUser(HttpCaller scim, String userName) {
		HttpResult created = scim.post("/Users", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","active":true,
				 "externalId":"%s"}""".formatted(userName, UUID.randomUUID()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String createGroup(HttpCaller scim, String displayName, String... members) {
		StringBuilder values = new StringBuilder();
		for (String member : members) {
			values.append((values.isEmpty()) ? "" : ",").append("{\"value\":\"").append(member).append("\"}");
		}
		HttpResult created = scim.post("/Groups", """
				{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s","members":[%s]}"""
			.formatted(displayName, values));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static void patchActive(HttpCaller scim, String userId, boolean active) {
		// Entra sends the flag as a string with a capital letter
		HttpResult patched = scim.patch("/Users/" + userId, """
				{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
				 "Operations":[{"op":"Replace","path":"active","value":"%s"}]}""".formatted(active ? "True" : "False"));
		assertThat(patched.status()).as(patched.body()).isIn(200, 204);
	}

	private long lastSequence(UUID organisation) {
		Long last = this.dsl.select(DSL.max(SEQUENCE))
			.from(DSL.table(DSL.unquotedName("change_event")))
			.where(ORGANISATION_ID.eq(organisation))
			.fetchOne(0, Long.class);
		return (last != null) ? last : 0;
	}

	private List<Event> eventsSince(UUID organisation, long sequence) {
		return this.dsl.select(TYPE, USER_ID, INSTANCE_ID, DATA)
			.from(DSL.table(DSL.unquotedName("change_event")))
			.where(ORGANISATION_ID.eq(organisation))
			.and(SEQUENCE.gt(sequence))
			.orderBy(SEQUENCE)
			.fetch((row) -> new Event(row.value1(), (row.value2() != null) ? row.value2().toString() : null,
					row.value3(), JSON.readTree(row.value4())));
	}

	private List<Event> roleEventsSince(UUID organisation, long sequence) {
		return eventsSince(organisation, sequence).stream()
			.filter((event) -> event.type().startsWith("role."))
			.toList();
	}

	private record Event(String type, String userId, UUID instanceId, JsonNode data) {

	}

}
