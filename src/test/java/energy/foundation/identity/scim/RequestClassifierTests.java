package energy.foundation.identity.scim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.ProvisioningOperation;
import energy.foundation.identity.activity.ProvisioningResourceType;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How SCIM requests are named in the provisioning log.
 */
class RequestClassifierTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ID = UUID.randomUUID().toString();

	@Test
	void classifyWhenUserCreatedThenCreatedUserWithAttributeNames() {
		RequestActivity activity = new RequestActivity();
		activity.created(resource(ResourceType.USER, "{\"userName\":\"a\",\"name\":{\"givenName\":\"A\"}}"), 0);

		RequestClassifier.Classification result = RequestClassifier.classify("POST", "Users", null, 201, null,
				activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.CREATE_USER);
		assertThat(result.summary()).isEqualTo("Created user");
		assertThat(result.resourceType()).isEqualTo(ProvisioningResourceType.USER);
		assertThat(result.changedAttributes()).containsExactly("userName", "name");
	}

	@Test
	void classifyWhenActiveTurnsFalseThenDisabledUser() {
		RequestActivity activity = changed(ResourceType.USER, "{\"userName\":\"a\",\"active\":true}",
				"{\"userName\":\"a\",\"active\":false}");

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Users", ID, 200, null, activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.DISABLE_USER);
		assertThat(result.summary()).isEqualTo("Disabled user");
		assertThat(result.changedAttributes()).containsExactly("active");
	}

	@Test
	void classifyWhenActiveWasAbsentAndTurnsFalseThenDisabledUser() {
		RequestActivity activity = changed(ResourceType.USER, "{\"userName\":\"a\"}",
				"{\"userName\":\"a\",\"active\":false}");

		assertThat(RequestClassifier.classify("PUT", "Users", ID, 200, null, activity).operation())
			.isEqualTo(ProvisioningOperation.DISABLE_USER);
	}

	@Test
	void classifyWhenActiveTurnsTrueThenEnabledUser() {
		RequestActivity activity = changed(ResourceType.USER, "{\"active\":false}", "{\"active\":true}");

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Users", ID, 200, null, activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.ENABLE_USER);
		assertThat(result.summary()).isEqualTo("Enabled user");
	}

	@Test
	void classifyWhenOtherUserAttributesChangeThenUpdatedUser() {
		RequestActivity activity = changed(ResourceType.USER, "{\"active\":true,\"title\":\"a\"}",
				"{\"active\":true,\"title\":\"b\"}");

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Users", ID, 200, null, activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.UPDATE_USER);
		assertThat(result.changedAttributes()).containsExactly("title");
	}

	@Test
	void classifyWhenGroupDisplayNameChangesThenRenamedGroup() {
		RequestActivity activity = changed(ResourceType.GROUP, "{\"displayName\":\"a\"}", "{\"displayName\":\"b\"}");

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Groups", ID, 200, null,
				activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.RENAME_GROUP);
		assertThat(result.summary()).isEqualTo("Renamed group");
	}

	@Test
	void classifyWhenMembersAddedThenAddMembersWithCount() {
		RequestActivity activity = changed(ResourceType.GROUP, "{\"displayName\":\"a\"}", "{\"displayName\":\"a\"}");
		activity.membersChanged(3, 0);

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Groups", ID, 200, null,
				activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.ADD_MEMBERS);
		assertThat(result.summary()).isEqualTo("Added 3 members to group");
		assertThat(result.changedAttributes()).containsExactly("members");
	}

	@Test
	void classifyWhenOneMemberRemovedThenRemoveMembersInSingular() {
		RequestActivity activity = changed(ResourceType.GROUP, "{\"displayName\":\"a\"}", "{\"displayName\":\"a\"}");
		activity.membersChanged(0, 1);

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Groups", ID, 200, null,
				activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.REMOVE_MEMBERS);
		assertThat(result.summary()).isEqualTo("Removed 1 member from group");
	}

	@Test
	void classifyWhenMembersAddedAndRemovedThenSummaryNamesBoth() {
		RequestActivity activity = changed(ResourceType.GROUP, "{\"displayName\":\"a\"}", "{\"displayName\":\"a\"}");
		activity.membersChanged(2, 3);

		RequestClassifier.Classification result = RequestClassifier.classify("PATCH", "Groups", ID, 200, null,
				activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.UPDATE_GROUP);
		assertThat(result.summary()).isEqualTo("Added 2 members to group and removed 3");
	}

	@Test
	void classifyWhenRenamedAndMembersAddedThenUpdatedGroupNamingBoth() {
		RequestActivity activity = changed(ResourceType.GROUP, "{\"displayName\":\"a\"}", "{\"displayName\":\"b\"}");
		activity.membersChanged(1, 0);

		RequestClassifier.Classification result = RequestClassifier.classify("PUT", "Groups", ID, 200, null, activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.UPDATE_GROUP);
		assertThat(result.summary()).isEqualTo("Renamed group and added 1 member");
	}

	@Test
	void classifyWhenGroupCreatedWithMembersThenCountNamed() {
		RequestActivity activity = new RequestActivity();
		activity.created(resource(ResourceType.GROUP, "{\"displayName\":\"a\"}"), 2);

		RequestClassifier.Classification result = RequestClassifier.classify("POST", "Groups", null, 201, null,
				activity);

		assertThat(result.summary()).isEqualTo("Created group with 2 members");
		assertThat(result.changedAttributes()).containsExactly("displayName", "members");
	}

	@Test
	void classifyWhenFilterIsGuidAndNoResultsThenTestConnection() {
		RequestActivity activity = new RequestActivity();
		activity.listed(0);

		RequestClassifier.Classification result = RequestClassifier.classify("GET", "Users", null, 200,
				"userName eq \"a4d7c2f0-3b1e-4c55-9e0f-2d6b1c8e7f01\"", activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.TEST_CONNECTION);
		assertThat(result.testConnection()).isTrue();
		assertThat(result.summary()).isEqualTo("Test Connection probe");
	}

	@Test
	void classifyWhenGuidFilterFindsAResourceThenLookup() {
		RequestActivity activity = new RequestActivity();
		activity.listed(1);

		RequestClassifier.Classification result = RequestClassifier.classify("GET", "Users", null, 200,
				"externalId eq \"a4d7c2f0-3b1e-4c55-9e0f-2d6b1c8e7f01\"", activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.QUERY_USERS);
		assertThat(result.summary()).isEqualTo("Looked up users");
		assertThat(result.testConnection()).isFalse();
	}

	@Test
	void classifyWhenFilterValueIsNoGuidThenLookup() {
		RequestActivity activity = new RequestActivity();
		activity.listed(0);

		RequestClassifier.Classification result = RequestClassifier.classify("GET", "Groups", null, 200,
				"displayName eq \"Pilots\"", activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.QUERY_GROUPS);
	}

	@Test
	void classifyWhenUnauthorizedThenAuthenticationFailed() {
		RequestClassifier.Classification result = RequestClassifier.classify("POST", "Users", null, 401, null,
				new RequestActivity());

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.AUTHENTICATION_FAILED);
		assertThat(result.summary()).isEqualTo("Rejected: invalid credential");
	}

	@Test
	void classifyWhenInvalidFilterThenRejectedLookupWithReason() {
		RequestActivity activity = new RequestActivity();
		activity.scimType("invalidFilter");

		RequestClassifier.Classification result = RequestClassifier.classify("GET", "Users", null, 400, "x", activity);

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.QUERY_USERS);
		assertThat(result.summary()).isEqualTo("Rejected: look up users (invalid filter)");
		assertThat(result.changedAttributes()).isEmpty();
	}

	@Test
	void classifyWhenServiceFailedThenRejectedWithServiceError() {
		RequestClassifier.Classification result = RequestClassifier.classify("DELETE", "Groups", ID, 500, null,
				new RequestActivity());

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.DELETE_GROUP);
		assertThat(result.summary()).isEqualTo("Rejected: delete group (service error)");
	}

	@Test
	void classifyWhenDiscoveryThenReadInPlainWords() {
		assertThat(RequestClassifier.classify("GET", "ServiceProviderConfig", null, 200, null, new RequestActivity())
			.summary()).isEqualTo("Read service provider configuration");
		assertThat(RequestClassifier.classify("GET", "Schemas", ID, 200, null, new RequestActivity()).operation())
			.isEqualTo(ProvisioningOperation.DISCOVERY);
	}

	@Test
	void classifyWhenBulkThenOtherRejected() {
		RequestClassifier.Classification result = RequestClassifier.classify("POST", "Bulk", null, 501, null,
				new RequestActivity());

		assertThat(result.operation()).isEqualTo(ProvisioningOperation.OTHER);
		assertThat(result.summary()).isEqualTo("Rejected: other request (not supported)");
	}

	@Test
	void classifyWhenSearchPostedThenLookup() {
		RequestActivity activity = new RequestActivity();
		activity.listed(4);

		assertThat(RequestClassifier.classify("POST", "Groups", ".search", 200, null, activity).operation())
			.isEqualTo(ProvisioningOperation.QUERY_GROUPS);
	}

	private static RequestActivity changed(ResourceType type, String before, String after) {
		RequestActivity activity = new RequestActivity();
		activity.changed(resource(type, before), (ObjectNode) JSON.readTree(after));
		return activity;
	}

	private static StoredResource resource(ResourceType type, String attributes) {
		return new StoredResource(UUID.randomUUID(), type, UUID.randomUUID(), (ObjectNode) JSON.readTree(attributes), 1,
				Instant.now(), Instant.now(), List.of());
	}

}
