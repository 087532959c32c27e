package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the directory's values print: ids and sizes, never attribute values.
 */
class DirectoryRecordsTests {

	private static final String NAME = "alex.ng@example.com";

	private static final ObjectNode ATTRIBUTES = JsonMapper.builder()
		.build()
		.createObjectNode()
		.put("userName", NAME)
		.put("displayName", "Alex Ng");

	@Test
	void toStringWhenStoredResourceThenIdsAndSizesOnly() {
		UUID id = UUID.randomUUID();
		StoredResource resource = new StoredResource(UUID.randomUUID(), ResourceType.USER, id, ATTRIBUTES, 3,
				Instant.EPOCH, Instant.EPOCH, List.of(new Reference(UUID.randomUUID(), ResourceType.GROUP, "Finance")));

		assertThat(resource.toString()).contains(id.toString(), "version=3", "attributes=2", "references=1")
			.doesNotContain(NAME, "Alex Ng", "Finance");
	}

	@Test
	void toStringWhenModificationThenSizesOnly() {
		Modification modification = new Modification(ATTRIBUTES,
				List.of(new MembershipChange.Add(Set.of(UUID.randomUUID()))));

		assertThat(modification.toString()).isEqualTo("Modification[attributes=2, membershipChanges=1]");
	}

	@Test
	void toStringWhenReferenceThenWithoutDisplay() {
		UUID id = UUID.randomUUID();

		assertThat(new Reference(id, ResourceType.USER, "Alex Ng").toString()).contains(id.toString())
			.doesNotContain("Alex Ng");
	}

	@Test
	void toStringWhenResourceColumnsThenWithoutValues() {
		ResourceColumns columns = ResourceColumns.of(ResourceType.USER, ATTRIBUTES.deepCopy().put("externalId", "e-7"));

		assertThat(columns.toString()).doesNotContain(NAME, "Alex Ng", "e-7");
	}

}
