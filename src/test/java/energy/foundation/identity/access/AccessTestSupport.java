package energy.foundation.identity.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.directory.Modification;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * What the access tests share: the whole service on a real database (subclasses choose
 * it), two organisations of their own with an instance each, builders for users, groups
 * and memberships through the directory, readers of the stored effective roles and role
 * events, and a listener that lets other work commit in the middle of a deletion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(InterleavingListener.class)
abstract class AccessTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Field<Long> SEQUENCE = DSL.field(DSL.unquotedName("sequence"), SQLDataType.BIGINT);

	private static final Field<String> TYPE = DSL.field(DSL.unquotedName("type"), SQLDataType.VARCHAR);

	private static final Field<UUID> USER_ID = DSL.field(DSL.unquotedName("user_id"), SQLDataType.UUID);

	private static final Field<UUID> INSTANCE_ID = DSL.field(DSL.unquotedName("instance_id"), SQLDataType.UUID);

	private static final Field<UUID> ORGANISATION_ID = DSL.field(DSL.unquotedName("organisation_id"), SQLDataType.UUID);

	private static final Field<UUID> ROLE_ID = DSL.field(DSL.unquotedName("role_id"), SQLDataType.UUID);

	private static final Field<String> DATA = DSL.field(DSL.unquotedName("data"), SQLDataType.VARCHAR);

	@Autowired
	Organisations organisations;

	@Autowired
	Instances instances;

	@Autowired
	Directory directory;

	@Autowired
	Roles roles;

	@Autowired
	RoleAssignments assignments;

	@Autowired
	EffectiveRoles effectiveRoles;

	@Autowired
	DSLContext dsl;

	@Autowired
	InterleavingListener interleaving;

	UUID organisation;

	Instance instance;

	UUID other;

	Instance otherInstance;

	@BeforeEach
	void createOrganisations() {
		Organisation contoso = this.organisations.create("Contoso", UUID.randomUUID().toString());
		Organisation fabrikam = this.organisations.create("Fabrikam", UUID.randomUUID().toString());
		this.organisation = contoso.id();
		this.other = fabrikam.id();
		this.instance = this.instances.create(this.organisation, "Production");
		this.otherInstance = this.instances.create(this.other, "Production");
	}

	StoredResource user(UUID organisationId, String userName) {
		ObjectNode attributes = JSON.createObjectNode().put("userName", userName).put("active", true);
		return this.directory.create(organisationId, ResourceType.USER, attributes, Set.of());
	}

	StoredResource group(UUID organisationId, String displayName, UUID... members) {
		ObjectNode attributes = JSON.createObjectNode().put("displayName", displayName);
		return this.directory.create(organisationId, ResourceType.GROUP, attributes, Set.of(members));
	}

	void addMembers(UUID organisationId, UUID groupId, UUID... members) {
		changeMembers(organisationId, groupId, new MembershipChange.Add(Set.of(members)));
	}

	void removeMembers(UUID organisationId, UUID groupId, UUID... members) {
		changeMembers(organisationId, groupId, new MembershipChange.Remove(Set.of(members)));
	}

	private void changeMembers(UUID organisationId, UUID groupId, MembershipChange change) {
		this.directory.modify(organisationId, ResourceType.GROUP, groupId, null, false,
				(current) -> new Modification(current.attributes(), List.of(change)));
	}

	void setActive(UUID organisationId, UUID userId, boolean active) {
		this.directory.modify(organisationId, ResourceType.USER, userId, null, false, (current) -> {
			ObjectNode attributes = current.attributes().deepCopy();
			attributes.put("active", active);
			return new Modification(attributes, List.of());
		});
	}

	void renameGroup(UUID organisationId, UUID groupId, String displayName) {
		this.directory.modify(organisationId, ResourceType.GROUP, groupId, null, false, (current) -> {
			ObjectNode attributes = current.attributes().deepCopy();
			attributes.put("displayName", displayName);
			return new Modification(attributes, List.of());
		});
	}

	void delete(UUID organisationId, ResourceType type, UUID id) {
		this.directory.delete(organisationId, type, id, null);
	}

	Role role(Instance instance, String name) {
		return this.roles.list(instance.organisationId(), instance.id(), false)
			.stream()
			.filter((role) -> role.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The role names a user holds in the instance, as the live computation answers.
	 */
	List<String> roleNames(Instance instance, UUID userId) {
		return this.effectiveRoles.of(instance.organisationId(), instance.id(), userId)
			.stream()
			.map(EffectiveRole::name)
			.toList();
	}

	/**
	 * The role ids the materialised table holds for a user in the instance.
	 */
	Set<UUID> storedRoles(Instance instance, UUID userId) {
		return Set.copyOf(this.dsl.select(ROLE_ID)
			.from(DSL.table(DSL.unquotedName("effective_role")))
			.where(ORGANISATION_ID.eq(instance.organisationId()))
			.and(INSTANCE_ID.eq(instance.id()))
			.and(USER_ID.eq(userId))
			.fetch(ROLE_ID));
	}

	/**
	 * Every change event of the organisation in the order written.
	 */
	List<RecordedEvent> events(UUID organisationId) {
		return this.dsl.select(TYPE, USER_ID, INSTANCE_ID, DATA)
			.from(DSL.table(DSL.unquotedName("change_event")))
			.where(ORGANISATION_ID.eq(organisationId))
			.orderBy(SEQUENCE)
			.fetch((row) -> new RecordedEvent(row.value1(), row.value2(), row.value3(), JSON.readTree(row.value4())));
	}

	/**
	 * The role events of the organisation in the order written.
	 */
	List<RecordedEvent> roleEvents(UUID organisationId) {
		return events(organisationId).stream().filter((event) -> event.type().startsWith("role.")).toList();
	}

	record RecordedEvent(String type, UUID userId, UUID instanceId, JsonNode data) {

		String roleName() {
			return this.data.path("role").path("name").asString();
		}

	}

}
