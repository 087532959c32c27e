package energy.foundation.identity.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import energy.foundation.identity.scim.filter.Filter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Filters, sorting and paging evaluated by a real database. The other organisation holds
 * copies of the same users and groups, so any query that leaks across organisations finds
 * too much. Subclasses choose the database.
 */
abstract class DirectoryQueryIntegrationTests extends DirectoryTestSupport {

	private static final String ENTERPRISE = TestCatalog.ENTERPRISE;

	private static final String CUSTOM = TestCatalog.CUSTOM;

	UUID alex;

	UUID sam;

	UUID kim;

	UUID finance;

	UUID operations;

	UUID empty;

	@BeforeEach
	void createResources() {
		UUID[] own = createAll(this.organisation);
		createAll(this.otherOrganisation);
		this.alex = own[0];
		this.sam = own[1];
		this.kim = own[2];
		this.finance = own[3];
		this.operations = own[4];
		this.empty = own[5];
	}

	private UUID[] createAll(UUID organisationId) {
		UUID sam = create(organisationId, """
				{"userName": "sam.lee@example.com", "externalId": "EXT-A2", "displayName": "Sam Lee",
				 "active": false, "nickName": "", "title": "Engineer 2",
				 "emails": [{"value": "sam@work.example", "type": "work"}],
				 "%s": {"score": 7, "hireDate": "2023-06-01T00:00:00+02:00"}}""".formatted(CUSTOM));
		UUID alex = create(organisationId, """
				{"userName": "Alex.Ng@Example.com", "externalId": "ext-A1", "displayName": "Alex Ng",
				 "active": true, "title": "Engineer_1%%", "name": {"givenName": "Alex", "familyName": "Ng"},
				 "emails": [{"value": "alex@work.example", "type": "work", "primary": true},
				            {"value": "alex@home.example", "type": "home"}],
				 "%s": {"employeeNumber": "1001", "manager": {"value": "%s"}},
				 "%s": {"score": 12.5, "hireDate": "2020-01-15T09:00:00Z", "badge": "AbC"}}""".formatted(ENTERPRISE,
				sam, CUSTOM));
		UUID kim = create(organisationId, """
				{"userName": "kim@example.com", "title": "Engineer 3"}""");
		UUID finance = createGroup(organisationId, "Finance Approvers", alex, sam).id();
		UUID operations = createGroup(organisationId, "Operations", finance, kim).id();
		UUID empty = createGroup(organisationId, "Empty").id();
		return new UUID[] { alex, sam, kim, finance, operations, empty };
	}

	private UUID create(UUID organisationId, String attributes) {
		return this.directory.create(organisationId, ResourceType.USER, json(attributes), Set.of()).id();
	}

	private List<UUID> users(Filter filter) {
		return ids(query(ResourceType.USER, filter, null, false, 1, 100).resources());
	}

	private List<UUID> groups(Filter filter) {
		return ids(query(ResourceType.GROUP, filter, null, false, 1, 100).resources());
	}

	private ResourcePage query(ResourceType type, @Nullable Filter filter, @Nullable AttributePath sortBy,
			boolean descending, int startIndex, int count) {
		return this.directory.query(this.organisation,
				new ResourceQuery(type, filter, TestCatalog.INSTANCE, sortBy, descending, startIndex, count, true));
	}

	@Test
	void queryWhenUserNameEqualsInOtherCaseThenFound() {
		assertThat(users(eq("userName", "alex.ng@EXAMPLE.COM"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenAttributeNameInOtherCaseOrQualifiedThenFound() {
		assertThat(users(eq("USERNAME", "kim@example.com"))).containsExactly(this.kim);
		assertThat(users(eq("urn:ietf:params:scim:schemas:core:2.0:User:userName", "kim@example.com")))
			.containsExactly(this.kim);
	}

	@Test
	void queryWhenExternalIdInOtherCaseThenNotFound() {
		assertThat(users(eq("externalId", "EXT-A1"))).isEmpty();
		assertThat(users(eq("externalId", "ext-A1"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenCaseExactExtensionAttributeThenCaseRespected() {
		assertThat(users(eq(CUSTOM + ":badge", "abc"))).isEmpty();
		assertThat(users(eq(CUSTOM + ":badge", "AbC"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenIdEqualsThenFound() {
		assertThat(users(eq("id", this.sam.toString()))).containsExactly(this.sam);
	}

	@Test
	void queryWhenIdInOtherCaseThenNothing() {
		assertThat(users(eq("id", this.sam.toString().toUpperCase(java.util.Locale.ROOT)))).isEmpty();
	}

	@Test
	void queryWhenIdIsNoUuidThenNothing() {
		assertThat(users(eq("id", "42"))).isEmpty();
		assertThat(users(compare("id", ComparisonOperator.NE, "42"))).hasSize(3);
	}

	@Test
	void queryWhenIdOfOtherOrganisationThenNothing() {
		UUID foreign = ids(this.directory
			.query(this.otherOrganisation,
					new ResourceQuery(ResourceType.USER, eq("userName", "kim@example.com"), TestCatalog.INSTANCE, null,
							false, 1, 10, false))
			.resources()).get(0);

		assertThat(users(eq("id", foreign.toString()))).isEmpty();
	}

	@Test
	void queryWhenActiveComparedWithBooleanOrStringThenFound() {
		assertThat(users(eq("active", false))).containsExactly(this.sam);
		assertThat(users(eq("active", "True"))).containsExactlyInAnyOrder(this.alex, this.kim);
	}

	@Test
	void queryWhenContainsStartsEndsThenCaseInsensitive() {
		assertThat(users(compare("displayName", ComparisonOperator.CO, "NG"))).containsExactly(this.alex);
		assertThat(users(compare("displayName", ComparisonOperator.SW, "sam"))).containsExactly(this.sam);
		assertThat(users(compare("userName", ComparisonOperator.EW, "@EXAMPLE.COM"))).hasSize(3);
		assertThat(users(compare("userName", ComparisonOperator.SW, "KIM"))).containsExactly(this.kim);
	}

	@Test
	void queryWhenLikeWildcardsInLiteralThenMatchedLiterally() {
		assertThat(users(compare("title", ComparisonOperator.CO, "r_"))).containsExactly(this.alex);
		assertThat(users(compare("title", ComparisonOperator.EW, "1%"))).containsExactly(this.alex);
		assertThat(users(compare("title", ComparisonOperator.CO, "%"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenStringOrderedThenLexicographic() {
		assertThat(users(compare("userName", ComparisonOperator.GT, "kim@example.com"))).containsExactly(this.sam);
		assertThat(users(compare("userName", ComparisonOperator.GE, "KIM@example.com")))
			.containsExactlyInAnyOrder(this.sam, this.kim);
		assertThat(users(compare("userName", ComparisonOperator.LT, "b"))).containsExactly(this.alex);
		assertThat(users(compare("displayName", ComparisonOperator.LE, "alex ng"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenNotEqualThenOthersIncludingAbsent() {
		assertThat(users(compare("userName", ComparisonOperator.NE, "ALEX.NG@example.com")))
			.containsExactlyInAnyOrder(this.sam, this.kim);
		assertThat(users(compare("displayName", ComparisonOperator.NE, "sam lee"))).containsExactlyInAnyOrder(this.alex,
				this.kim);
	}

	@Test
	void queryWhenSubAttributeOfMultiValuedThenAnyElement() {
		assertThat(users(eq("emails.value", "ALEX@home.example"))).containsExactly(this.alex);
		assertThat(users(eq("emails.type", "work"))).containsExactlyInAnyOrder(this.alex, this.sam);
	}

	@Test
	void queryWhenComplexWithoutSubAttributeThenComparesValue() {
		assertThat(users(eq("emails", "sam@work.example"))).containsExactly(this.sam);
	}

	@Test
	void queryWhenValuePathThenConditionsOnOneElement() {
		assertThat(users(valuePath("emails", and(eq("type", "work"), eq("value", "sam@work.example")))))
			.containsExactly(this.sam);
		assertThat(users(valuePath("emails", and(eq("type", "home"), eq("value", "alex@home.example")))))
			.containsExactly(this.alex);
		assertThat(users(valuePath("emails", and(eq("type", "work"), eq("value", "alex@home.example"))))).isEmpty();
	}

	@Test
	void queryWhenValuePathWithOrNotAndPresentThenEvaluated() {
		assertThat(users(valuePath("emails", or(eq("primary", true), not(present("type"))))))
			.containsExactly(this.alex);
		assertThat(users(valuePath("emails", and(eq("type", "work"), not(eq("value", "sam@work.example"))))))
			.containsExactly(this.alex);
	}

	@Test
	void queryWhenBooleanSubAttributeComparedWithStringThenFound() {
		assertThat(users(eq("emails.primary", "True"))).containsExactly(this.alex);
	}

	@Test
	void queryWhenPresentThenNonEmptyValuesOnly() {
		assertThat(users(present("emails"))).containsExactlyInAnyOrder(this.alex, this.sam);
		assertThat(users(present("nickName"))).isEmpty();
		assertThat(users(present("name"))).containsExactly(this.alex);
		assertThat(users(present("displayName"))).containsExactlyInAnyOrder(this.alex, this.sam);
		assertThat(users(present("externalId"))).containsExactlyInAnyOrder(this.alex, this.sam);
		assertThat(users(present("userName"))).hasSize(3);
	}

	@Test
	void queryWhenEqualsNullThenAbsent() {
		assertThat(users(eqNull("displayName"))).containsExactly(this.kim);
		assertThat(users(new Filter.Comparison(path("emails.value"), ComparisonOperator.NE, null)))
			.containsExactlyInAnyOrder(this.alex, this.sam);
	}

	@Test
	void queryWhenLogicalOperatorsThenCombined() {
		assertThat(users(or(eq("userName", "kim@example.com"), eq("externalId", "EXT-A2"))))
			.containsExactlyInAnyOrder(this.kim, this.sam);
		assertThat(users(and(compare("title", ComparisonOperator.SW, "engineer"), eq("active", true))))
			.containsExactlyInAnyOrder(this.alex, this.kim);
		assertThat(users(not(compare("title", ComparisonOperator.SW, "engineer ")))).containsExactly(this.alex);
	}

	@Test
	void queryWhenNumberComparedThenNumeric() {
		assertThat(users(compare(CUSTOM + ":score", ComparisonOperator.GT, 10))).containsExactly(this.alex);
		assertThat(users(compare(CUSTOM + ":score", ComparisonOperator.LE, 7))).containsExactly(this.sam);
		assertThat(users(eq(CUSTOM + ":score", new java.math.BigDecimal("12.50")))).containsExactly(this.alex);
		assertThat(users(compare(CUSTOM + ":score", ComparisonOperator.LT, new java.math.BigDecimal("1e40"))))
			.containsExactlyInAnyOrder(this.alex, this.sam);
	}

	@Test
	void queryWhenDateTimeComparedThenByInstant() {
		assertThat(users(compare(CUSTOM + ":hireDate", ComparisonOperator.GT, "2021-01-01T00:00:00Z")))
			.containsExactly(this.sam);
		assertThat(users(eq(CUSTOM + ":hireDate", "2023-05-31T22:00:00Z"))).containsExactly(this.sam);
	}

	@Test
	void queryWhenMetaDatesComparedThenByColumn() {
		StoredResource samStored = this.directory.find(this.organisation, ResourceType.USER, this.sam, false)
			.orElseThrow();
		String created = samStored.created().toString();

		assertThat(users(compare("meta.created", ComparisonOperator.GT, created))).containsExactlyInAnyOrder(this.alex,
				this.kim);
		// joining the Finance group modified sam after its creation
		assertThat(users(compare("meta.lastModified", ComparisonOperator.GT, created)))
			.containsExactlyInAnyOrder(this.alex, this.kim, this.sam);
		assertThat(users(compare("meta.lastModified", ComparisonOperator.LE, created))).isEmpty();
	}

	@Test
	void queryWhenEnterpriseExtensionAttributeThenFound() {
		assertThat(users(eq(ENTERPRISE + ":employeeNumber", "1001"))).containsExactly(this.alex);
		assertThat(users(eq(ENTERPRISE + ":manager.value", this.sam.toString()))).containsExactly(this.alex);
		assertThat(users(eq(ENTERPRISE + ":manager", this.sam.toString()))).containsExactly(this.alex);
	}

	@Test
	void queryWhenUnknownAttributeThenNothing() {
		assertThat(users(eq("favouriteColour", "blue"))).isEmpty();
	}

	@Test
	void queryWhenUndefinedAttributeComparedThenByLiteralType() {
		String attributes = """
				{"userName": "typed@example.com", "x": 1, "level": 10, "beta": true, "note": "Hello"}""";
		UUID typed = create(this.organisation, attributes);
		create(this.otherOrganisation, attributes);

		assertThat(users(eq("x", 1))).containsExactly(typed);
		assertThat(users(eq("x", "1"))).containsExactly(typed);
		assertThat(users(compare("level", ComparisonOperator.GT, 5))).containsExactly(typed);
		assertThat(users(compare("level", ComparisonOperator.LT, 5))).isEmpty();
		assertThat(users(eq("beta", true))).containsExactly(typed);
		assertThat(users(eq("beta", false))).isEmpty();
		assertThat(users(eq("note", "HELLO"))).containsExactly(typed);
		assertThat(users(eq("note", 1))).isEmpty();
	}

	@Test
	void queryWhenResourceTypeComparedThenByTypeOfResource() {
		assertThat(users(eq("meta.resourceType", "User"))).containsExactlyInAnyOrder(this.alex, this.sam, this.kim);
		assertThat(users(eq("meta.resourceType", "Group"))).isEmpty();
		assertThat(users(compare("meta.resourceType", ComparisonOperator.NE, "Group"))).hasSize(3);
		assertThat(groups(eq("meta.resourceType", "Group"))).containsExactlyInAnyOrder(this.finance, this.operations,
				this.empty);
		assertThat(users(and(eq("meta.resourceType", "User"), eq("userName", "kim@example.com"))))
			.containsExactly(this.kim);
	}

	@Test
	void queryWhenResourceTypeInOtherCaseThenNothingAsItIsCaseExact() {
		assertThat(users(eq("meta.resourceType", "user"))).isEmpty();
	}

	@Test
	void queryWhenServerSetMetaPresentThenEveryResource() {
		assertThat(users(present("meta.resourceType"))).hasSize(3);
		assertThat(users(present("meta.location"))).hasSize(3);
		assertThat(groups(present("meta.version"))).hasSize(3);
		assertThat(users(present("schemas"))).hasSize(3);
	}

	@Test
	void queryWhenLocationOrVersionComparedThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(eq("meta.location", "https://example.com/Users/1")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(eq("meta.version", "W/\"1\"")));
	}

	@Test
	void queryWhenSchemasComparedThenCoreSchemaAndExtensionsMatch() {
		assertThat(users(eq("schemas", "urn:ietf:params:scim:schemas:core:2.0:User"))).hasSize(3);
		assertThat(users(eq("schemas", "urn:ietf:params:scim:schemas:core:2.0:Group"))).isEmpty();
		assertThat(users(eq("schemas", ENTERPRISE))).containsExactly(this.alex);
		assertThat(users(eq("schemas", CUSTOM.toUpperCase(java.util.Locale.ROOT)))).containsExactlyInAnyOrder(this.alex,
				this.sam);
		assertThat(users(compare("schemas", ComparisonOperator.SW, "urn:example:")))
			.containsExactlyInAnyOrder(this.alex, this.sam);
		assertThat(users(not(eq("schemas", ENTERPRISE)))).containsExactlyInAnyOrder(this.sam, this.kim);
		assertThat(groups(eq("schemas", "urn:ietf:params:scim:schemas:core:2.0:Group"))).hasSize(3);
	}

	@Test
	void queryWhenSchemasComparedWithNumberThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class).isThrownBy(() -> users(eq("schemas", 1)));
	}

	@Test
	void queryWhenSingleComplexComparedWithoutSubAttributeThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class).isThrownBy(() -> users(eq("name", "Alex")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare("name", ComparisonOperator.GT, "a")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare("name", ComparisonOperator.NE, "x")));
		assertThatExceptionOfType(UnsupportedFilterException.class).isThrownBy(() -> users(eq("meta", "x")));
	}

	@Test
	void queryWhenComplexWithoutValueSubAttributeComparedThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(eq("addresses", "Main Street")));
	}

	@Test
	void queryWhenGroupDisplayNameInOtherCaseThenFound() {
		assertThat(groups(eq("displayName", "finance APPROVERS"))).containsExactly(this.finance);
	}

	@Test
	void queryWhenGroupMembersThenFromMemberTable() {
		assertThat(groups(eq("members", this.alex.toString()))).containsExactly(this.finance);
		assertThat(groups(eq("members.value", this.kim.toString()))).containsExactly(this.operations);
		assertThat(groups(valuePath("members", eq("value", this.finance.toString())))).containsExactly(this.operations);
		assertThat(groups(eq("members.type", "group"))).containsExactly(this.operations);
		assertThat(groups(present("members"))).containsExactlyInAnyOrder(this.finance, this.operations);
		assertThat(groups(eq("members.value", "nobody"))).isEmpty();
	}

	@Test
	void queryWhenUserGroupsThenFromMemberTable() {
		assertThat(users(eq("groups.value", this.finance.toString()))).containsExactlyInAnyOrder(this.alex, this.sam);
	}

	@Test
	void queryWhenLiteralTypeDoesNotFitThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class).isThrownBy(() -> users(eq("userName", true)));
		assertThatExceptionOfType(UnsupportedFilterException.class).isThrownBy(() -> users(eq("emails.value", 5)));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(eq(CUSTOM + ":hireDate", "yesterday")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(eq(CUSTOM + ":score", "many")));
	}

	@Test
	void queryWhenOperatorDoesNotFitTypeThenUnsupported() {
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare("active", ComparisonOperator.GT, true)));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare(CUSTOM + ":score", ComparisonOperator.CO, 1)));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare("meta.created", ComparisonOperator.SW, "2025")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> groups(eq("members.display", "Alex")));
		assertThatExceptionOfType(UnsupportedFilterException.class)
			.isThrownBy(() -> users(compare("userName", ComparisonOperator.GT, null)));
	}

	@Test
	void queryWhenSortedByColumnThenOrdered() {
		assertThat(ids(query(ResourceType.USER, null, path("userName"), false, 1, 10).resources()))
			.containsExactly(this.alex, this.kim, this.sam);
		assertThat(ids(query(ResourceType.USER, null, path("userName"), true, 1, 10).resources()))
			.containsExactly(this.sam, this.kim, this.alex);
	}

	@Test
	void queryWhenSortedByIndexedAttributeThenMissingValuesLast() {
		assertThat(ids(query(ResourceType.USER, null, path("displayName"), false, 1, 10).resources()))
			.containsExactly(this.alex, this.sam, this.kim);
		assertThat(ids(query(ResourceType.USER, null, path("displayName"), true, 1, 10).resources()))
			.containsExactly(this.sam, this.alex, this.kim);
		assertThat(ids(query(ResourceType.USER, null, path(CUSTOM + ":score"), false, 1, 10).resources()))
			.containsExactly(this.sam, this.alex, this.kim);
		assertThat(ids(query(ResourceType.USER, null, path("emails"), true, 1, 10).resources()))
			.containsExactly(this.sam, this.alex, this.kim);
	}

	@Test
	void queryWhenNotSortedThenCreationOrder() {
		assertThat(ids(query(ResourceType.USER, null, null, false, 1, 10).resources())).containsExactly(this.sam,
				this.alex, this.kim);
		assertThat(ids(query(ResourceType.USER, null, path("meta.created"), true, 1, 10).resources()))
			.containsExactly(this.kim, this.alex, this.sam);
	}

	@Test
	void queryWhenPagedThenSliceAndTotal() {
		ResourcePage page = query(ResourceType.USER, null, path("userName"), false, 2, 1);

		assertThat(page.totalResults()).isEqualTo(3);
		assertThat(ids(page.resources())).containsExactly(this.kim);
	}

	@Test
	void queryWhenCountZeroThenTotalOnly() {
		ResourcePage page = query(ResourceType.GROUP, null, null, false, 1, 0);

		assertThat(page.totalResults()).isEqualTo(3);
		assertThat(page.resources()).isEmpty();
	}

	@Test
	void queryWhenStartIndexBeyondThenEmptyPageWithTotal() {
		ResourcePage page = query(ResourceType.USER, null, null, false, 10, 5);

		assertThat(page.totalResults()).isEqualTo(3);
		assertThat(page.resources()).isEmpty();
	}

	@Test
	void queryWhenStartIndexBelowOneThenFromFirst() {
		assertThat(ids(query(ResourceType.USER, null, null, false, 0, 1).resources())).containsExactly(this.sam);
	}

	@Test
	void queryWhenWithReferencesThenMembersLoaded() {
		ResourcePage page = query(ResourceType.GROUP, eq("displayName", "Operations"), null, false, 1, 10);

		assertThat(page.resources()).singleElement()
			.satisfies((group) -> assertThat(group.references()).containsExactlyInAnyOrder(
					new Reference(this.finance, ResourceType.GROUP, "Finance Approvers"),
					new Reference(this.kim, ResourceType.USER, "kim@example.com")));
	}

}
