package energy.foundation.identity.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.access.Role;
import energy.foundation.identity.access.RoleAssignments;
import energy.foundation.identity.access.Roles;
import energy.foundation.identity.access.Subject;
import energy.foundation.identity.directory.Directory;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the instance pages must answer on PostgreSQL in particular, which refuses a NUL
 * character in any text it is sent: a page link and a search that carry one. The other
 * instance page tests run on H2 ({@link InstancePagesIntegrationTests}).
 */
class InstancePagesPostgresIntegrationTests extends AdminPageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Autowired
	private Instances instances;

	@Autowired
	private Roles roles;

	@Autowired
	private RoleAssignments assignments;

	@Autowired
	private Directory directory;

	private Instance production;

	private Role reader;

	@BeforeEach
	void createInstance() {
		this.production = this.instances.create(this.organisation.id(), "Production");
		this.reader = this.roles.list(this.organisation.id(), this.production.id(), false).get(0);
		this.instances.create(this.otherOrganisation.id(), "Fabrikam Secret Instance");
	}

	@Test
	void instanceWhenHoldersCursorHasNulThenFirstPageWithNotice() throws Exception {
		StoredResource avery = user("avery@contoso.com");
		this.assignments.assign(this.organisation.id(), this.reader.id(), Subject.user(avery.id()), null);
		String cursor = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("a\0b\n" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

		this.mvc.perform(get("/admin/instances/" + this.production.id()).with(admin()).param("after", cursor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cursor-invalid\"")))
			.andExpect(content().string(containsString("avery@contoso.com")));
	}

	@Test
	void assignWhenSearchHasNulThenAnsweredWithoutOtherOrganisations() throws Exception {
		user("avery@contoso.com");

		this.mvc
			.perform(get("/admin/instances/" + this.production.id() + "/assign").with(admin())
				.param("role", this.reader.id().toString())
				.param("q", "\0"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Fabrikam"))));
	}

	private StoredResource user(String userName) {
		ObjectNode attributes = JSON.createObjectNode().put("userName", userName).put("active", true);
		return this.directory.create(this.organisation.id(), ResourceType.USER, attributes, Set.of());
	}

}
