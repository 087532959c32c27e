package energy.foundation.identity.directory;

import java.util.UUID;

import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.support.TestDatabases;
import org.jooq.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups identity providers make before every create use the indexes built for them,
 * once an organisation is large enough for PostgreSQL to prefer an index. Checked through
 * the query plans, never through timing.
 */
class DirectoryQueryPlanPostgresIntegrationTests extends DirectoryTestSupport {

	private static final int USERS = 5000;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@BeforeEach
	void createManyUsers() {
		for (UUID organisationId : new UUID[] { this.organisation, this.otherOrganisation }) {
			this.dsl.execute("""
					insert into scim_user (organisation_id, id, user_name, user_name_key, active, document, version,
					    created_at, last_modified_at)
					select ?, gen_random_uuid(), 'User' || i || '@example.com', 'user' || i || '@example.com', true,
					    '{}', 1, now(), now()
					from generate_series(1, ?) as i""", organisationId, USERS);
			this.dsl.execute("""
					insert into resource_attribute (organisation_id, resource_id, resource_type, path, element,
					    value_string, value_lower, value_prefix)
					select organisation_id, id, 'User', 'emails.value', 1, user_name, user_name_key, user_name_key
					from scim_user where organisation_id = ?
					union all
					select organisation_id, id, 'User', 'emails.type', 1, 'work', 'work', 'work'
					from scim_user where organisation_id = ?
					union all
					select organisation_id, id, 'User', 'emails', 1, null, null, null
					from scim_user where organisation_id = ?""", organisationId, organisationId, organisationId);
		}
		this.dsl.execute("analyze scim_user");
		this.dsl.execute("analyze resource_attribute");
	}

	@Test
	void queryWhenUserNameEqualsThenUniqueIndexUsed() {
		assertThat(plan(eq("userName", "USER42@example.com"))).contains("scim_user_name_uk").doesNotContain("Seq Scan");
	}

	@Test
	void queryWhenEmailValueEqualsThenLookupIndexUsed() {
		assertThat(plan(eq("emails.value", "user42@EXAMPLE.com"))).contains("resource_attribute_lookup_ix")
			.doesNotContain("Seq Scan");
	}

	@Test
	void queryWhenValuePathThenLookupIndexUsed() {
		Filter entra = valuePath("emails", and(eq("type", "work"), eq("value", "user42@example.com")));

		String plan = plan(entra);

		assertThat(plan).contains("resource_attribute_lookup_ix").doesNotContain("Seq Scan");
		// no scan of every row of a path, such as all e-mail markers of the organisation;
		// per-resource scans, bitmap or not, depend on statistics and are fine
		assertThat(plan.lines().filter((line) -> line.contains("Cond:") && line.contains("(path)::text"))).isNotEmpty()
			.allSatisfy((condition) -> assertThat(condition).containsAnyOf("value_prefix", "resource_id"));
	}

	@Test
	void queryWhenEmailValueEqualsThenOnlyOwnUserFound() {
		ResourcePage page = this.directory.query(this.organisation, query(eq("emails.value", "user42@EXAMPLE.com")));

		assertThat(page.totalResults()).isEqualTo(1);
		assertThat(page.resources()).singleElement()
			.satisfies((user) -> assertThat(user.organisationId()).isEqualTo(this.organisation));
	}

	private String plan(Filter filter) {
		ResourceQuery query = query(filter);
		Condition condition = this.directory.condition(this.organisation, query, ResourceTable.USER);
		String sql = this.dsl.renderInlined(this.directory.page(this.dsl, this.organisation, query, condition));
		String p = String.join("\n", this.dsl.fetch("explain " + sql).getValues(0, String.class));
		return p;
	}

	private static ResourceQuery query(Filter filter) {
		return new ResourceQuery(ResourceType.USER, filter, TestCatalog.INSTANCE, null, false, 1, 100, false);
	}

}
