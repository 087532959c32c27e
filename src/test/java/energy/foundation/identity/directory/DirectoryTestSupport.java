package energy.foundation.identity.directory;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import energy.foundation.identity.scim.filter.Filter;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the storage tests share: the directory on a real database, two organisations (the
 * one under test and another whose rows must stay invisible), and builders for attribute
 * documents and filters.
 */
@ActiveProfiles(DirectoryTestConfiguration.PROFILE)
@SpringBootTest(classes = DirectoryTestConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class DirectoryTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Directory directory;

	@Autowired
	DSLContext dsl;

	UUID organisation;

	UUID otherOrganisation;

	@BeforeEach
	void createOrganisations() {
		this.organisation = insertOrganisation();
		this.otherOrganisation = insertOrganisation();
	}

	UUID insertOrganisation() {
		UUID id = UUID.randomUUID();
		this.dsl.insertInto(DSL.table(DSL.unquotedName("organisation")))
			.set(DSL.field(DSL.unquotedName("id"), SQLDataType.UUID), id)
			.set(DSL.field(DSL.unquotedName("name"), SQLDataType.VARCHAR), "Organisation")
			.set(DSL.field(DSL.unquotedName("entra_tenant_id"), SQLDataType.UUID), UUID.randomUUID())
			.set(DSL.field(DSL.unquotedName("status"), SQLDataType.VARCHAR), "ACTIVE")
			.set(DSL.field(DSL.unquotedName("created_at"), SQLDataType.OFFSETDATETIME), OffsetDateTime.now())
			.execute();
		return id;
	}

	static ObjectNode json(String text) {
		return (ObjectNode) JSON.readTree(text);
	}

	static ObjectNode user(String userName) {
		ObjectNode user = JSON.createObjectNode();
		user.put("userName", userName);
		return user;
	}

	static ObjectNode group(String displayName) {
		ObjectNode group = JSON.createObjectNode();
		group.put("displayName", displayName);
		return group;
	}

	StoredResource createUser(UUID organisationId, String userName) {
		return this.directory.create(organisationId, ResourceType.USER, user(userName), Set.of());
	}

	StoredResource createGroup(UUID organisationId, String displayName, UUID... members) {
		return this.directory.create(organisationId, ResourceType.GROUP, group(displayName), Set.of(members));
	}

	StoredResource addMembers(UUID organisationId, UUID groupId, MembershipChange... changes) {
		return this.directory.modify(organisationId, ResourceType.GROUP, groupId, null, true,
				(current) -> new Modification(current.attributes(), List.of(changes)));
	}

	static List<UUID> ids(List<StoredResource> resources) {
		return resources.stream().map(StoredResource::id).toList();
	}

	static List<UUID> referenceIds(StoredResource resource) {
		return resource.references().stream().map(Reference::id).toList();
	}

	/**
	 * Parses {@code [urn:...:]attribute[.sub]} as the SCIM parser would.
	 */
	static AttributePath path(String text) {
		String schema = null;
		String rest = text;
		if (text.startsWith("urn:")) {
			int colon = text.lastIndexOf(':');
			schema = text.substring(0, colon);
			rest = text.substring(colon + 1);
		}
		int dot = rest.indexOf('.');
		return (dot < 0) ? new AttributePath(schema, rest, null)
				: new AttributePath(schema, rest.substring(0, dot), rest.substring(dot + 1));
	}

	static Filter compare(String path, ComparisonOperator operator, Object value) {
		Object literal = (value instanceof Number number && !(value instanceof BigDecimal))
				? new BigDecimal(number.toString()) : value;
		return new Filter.Comparison(path(path), operator, literal);
	}

	static Filter eq(String path, Object value) {
		return compare(path, ComparisonOperator.EQ, value);
	}

	static Filter eqNull(String path) {
		return new Filter.Comparison(path(path), ComparisonOperator.EQ, null);
	}

	static Filter present(String path) {
		return new Filter.Present(path(path));
	}

	static Filter and(Filter left, Filter right) {
		return new Filter.And(left, right);
	}

	static Filter or(Filter left, Filter right) {
		return new Filter.Or(left, right);
	}

	static Filter not(Filter filter) {
		return new Filter.Not(filter);
	}

	static Filter valuePath(String attribute, Filter filter) {
		return new Filter.ValuePath(path(attribute), filter);
	}

}
