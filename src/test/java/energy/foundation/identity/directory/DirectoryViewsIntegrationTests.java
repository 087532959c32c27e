package energy.foundation.identity.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The admin pages' views of a directory: guests, statistics, searches and keyset pages,
 * on a real database; subclasses choose it. A second organisation holds look-alike users
 * and groups that no view may show.
 */
abstract class DirectoryViewsIntegrationTests extends DirectoryTestSupport {

	private static final int PAGED_USERS = 57;

	@Autowired
	UserSearch search;

	StoredResource otherGroup;

	@BeforeEach
	void writeOtherOrganisation() {
		StoredResource guest = createUser(this.otherOrganisation, "sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com");
		createUser(this.otherOrganisation, "avery@contoso.com");
		this.otherGroup = createGroup(this.otherOrganisation, "Admins", guest.id());
	}

	@Test
	void createWhenExternalIdMarkedThenGuestWithHomeDomain() {
		createUser(this.organisation, json("""
				{"userName": "sam.lee@fabrikam.com", "externalId": "sam.lee_fabrikam.com#EXT#",
				 "emails": [{"value": "sam@elsewhere.example", "primary": true}]}"""));

		UserSummary summary = onlyUser(null);

		assertThat(summary.guest()).isTrue();
		assertThat(summary.homeDomain()).isEqualTo("fabrikam.com");
		assertThat(summary.primaryEmail()).isEqualTo("sam@elsewhere.example");
	}

	@Test
	void createWhenUserNameMarkedThenGuest() {
		createUser(this.organisation, "kim_northwind.example#ext#@contoso.onmicrosoft.com");

		UserSummary summary = onlyUser(null);

		assertThat(summary.guest()).isTrue();
		assertThat(summary.homeDomain()).isEqualTo("northwind.example");
	}

	@Test
	void createWhenUserTypeGuestThenGuestWithUserNameDomain() {
		createUser(this.organisation, json("{\"userName\": \"lee@tailspin.example\", \"userType\": \"guest\"}"));

		UserSummary summary = onlyUser(null);

		assertThat(summary.guest()).isTrue();
		assertThat(summary.homeDomain()).isEqualTo("tailspin.example");
	}

	@Test
	void createWhenMemberThenNotGuestWithoutHomeDomain() {
		createUser(this.organisation, json("{\"userName\": \"avery@contoso.com\", \"userType\": \"Member\"}"));

		UserSummary summary = onlyUser(null);

		assertThat(summary.guest()).isFalse();
		assertThat(summary.homeDomain()).isNull();
	}

	@Test
	void replaceWhenMarkRemovedThenNoLongerGuest() {
		StoredResource user = createUser(this.organisation,
				json("{\"userName\": \"sam@fabrikam.com\", \"externalId\": \"sam_fabrikam.com#EXT#\"}"));

		this.directory.replace(this.organisation, ResourceType.USER, user.id(), null, user("sam@fabrikam.com"), null,
				false);

		assertThat(onlyUser(null).guest()).isFalse();
	}

	@Test
	void modifyWhenUserTypeSetToGuestThenGuest() {
		StoredResource user = createUser(this.organisation, "sam@fabrikam.com");

		this.directory.modify(this.organisation, ResourceType.USER, user.id(), null, false,
				(current) -> new Modification(current.attributes().deepCopy().put("userType", "Guest"), List.of()));

		assertThat(onlyUser(null).guest()).isTrue();
	}

	@Test
	void statisticsWhenMixedThenCountsOfOrganisationOnly() {
		createUser(this.organisation, "a@contoso.com");
		createUser(this.organisation, json("{\"userName\": \"b@contoso.com\", \"active\": false}"));
		createUser(this.organisation,
				json("{\"userName\": \"c@fabrikam.com\", \"externalId\": \"c_fabrikam.com#EXT#\"}"));
		createGroup(this.organisation, "Staff");

		DirectoryStatistics statistics = this.search.statistics(this.organisation);

		assertThat(statistics).isEqualTo(new DirectoryStatistics(3, 2, 1, 1, 1));
	}

	@Test
	void statisticsWhenEmptyThenZeros() {
		assertThat(this.search.statistics(this.organisation)).isEqualTo(new DirectoryStatistics(0, 0, 0, 0, 0));
	}

	@Test
	void searchUsersWhenTextInUserNameDisplayNameGivenFamilyOrEmailThenMatched() {
		createUser(this.organisation, "zed.one@contoso.com");
		createUser(this.organisation, json("{\"userName\": \"u2@contoso.com\", \"displayName\": \"ZED Two\"}"));
		createUser(this.organisation, json("{\"userName\": \"u3@contoso.com\", \"name\": {\"givenName\": \"Zed\"}}"));
		createUser(this.organisation, json("{\"userName\": \"u4@contoso.com\", \"name\": {\"familyName\": \"Zedd\"}}"));
		createUser(this.organisation, json("{\"userName\": \"u5@contoso.com\", \"emails\": [{\"value\": \"x@c\"},"
				+ " {\"value\": \"zed@c.example\"}]}"));
		createUser(this.organisation, json("{\"userName\": \"u6@contoso.com\", \"title\": \"zed\"}"));

		SearchPage<UserSummary> page = this.search.searchUsers(this.organisation, "zEd", null, null, null, 50);

		assertThat(page.items()).extracting(UserSummary::userName)
			.containsExactly("u2@contoso.com", "u3@contoso.com", "u4@contoso.com", "u5@contoso.com",
					"zed.one@contoso.com");
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void searchUsersWhenLikeWildcardsThenMatchedLiterally() {
		createUser(this.organisation, "a_b@contoso.com");
		createUser(this.organisation, "axb@contoso.com");

		SearchPage<UserSummary> page = this.search.searchUsers(this.organisation, "a_b", null, null, null, 50);

		assertThat(page.items()).extracting(UserSummary::userName).containsExactly("a_b@contoso.com");
	}

	@Test
	void searchUsersWhenGuestAndActiveFiltersThenOnlyThose() {
		createUser(this.organisation, json("{\"userName\": \"g1@f.example\", \"externalId\": \"g1_f.example#EXT#\"}"));
		createUser(this.organisation,
				json("{\"userName\": \"g2@f.example\", \"externalId\": \"g2_f.example#EXT#\", \"active\": false}"));
		createUser(this.organisation, "m1@contoso.com");

		List<String> activeGuests = userNames(this.search.searchUsers(this.organisation, null, true, true, null, 50));
		List<String> members = userNames(this.search.searchUsers(this.organisation, null, false, null, null, 50));
		List<String> disabled = userNames(this.search.searchUsers(this.organisation, null, null, false, null, 50));

		assertThat(activeGuests).containsExactly("g1@f.example");
		assertThat(members).containsExactly("m1@contoso.com");
		assertThat(disabled).containsExactly("g2@f.example");
	}

	@Test
	void searchUsersWhenPagedThenEveryUserOnceInUserNameOrder() {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < PAGED_USERS; i++) {
			String userName = String.format("%s%03d@contoso.com", (i % 2 == 0) ? "User" : "user", i);
			createUser(this.organisation, userName);
			expected.add(userName);
		}

		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			SearchPage<UserSummary> page = this.search.searchUsers(this.organisation, null, null, null, cursor, 10);
			seen.addAll(userNames(page));
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);

		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(6);
	}

	@Test
	void searchUsersWhenPageExactlyFullThenNoNextCursor() {
		createUser(this.organisation, "a@contoso.com");
		createUser(this.organisation, "b@contoso.com");

		SearchPage<UserSummary> page = this.search.searchUsers(this.organisation, null, null, null, null, 2);

		assertThat(page.items()).hasSize(2);
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void searchUsersWhenCursorMalformedThenInvalidCursor() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> this.search.searchUsers(this.organisation, null, null, null, "***", 10));
	}

	@Test
	void searchGroupsWhenTextAndPagedThenMatchesWithMemberCounts() {
		StoredResource user = createUser(this.organisation, "a@contoso.com");
		StoredResource nested = createGroup(this.organisation, "Team Zeta");
		createGroup(this.organisation, "team alpha", user.id(), nested.id());
		createGroup(this.organisation, "Other");

		SearchPage<GroupSummary> first = this.search.searchGroups(this.organisation, "TEAM", null, 1);
		SearchPage<GroupSummary> second = this.search.searchGroups(this.organisation, "TEAM", first.nextCursor(), 1);

		assertThat(first.items()).extracting(GroupSummary::displayName, GroupSummary::memberCount)
			.containsExactly(tuple("team alpha", 2L));
		assertThat(second.items()).extracting(GroupSummary::displayName).containsExactly("Team Zeta");
		assertThat(second.nextCursor()).isNull();
	}

	@Test
	void searchGroupsWhenOtherOrganisationHasGroupsThenNotShown() {
		assertThat(this.search.searchGroups(this.organisation, null, null, 50).items()).isEmpty();
	}

	@Test
	void groupMembersWhenPagedThenUsersAndGroupsByShownName() {
		StoredResource bea = createUser(this.organisation,
				json("{\"userName\": \"z@contoso.com\", \"displayName\": \"Bea\"}"));
		StoredResource carl = createUser(this.organisation, json("{\"userName\": \"carl@contoso.com\"}"));
		StoredResource admins = createGroup(this.organisation, "admins");
		StoredResource alsoBea = createUser(this.organisation,
				json("{\"userName\": \"y@contoso.com\", \"displayName\": \"bea\"}"));
		StoredResource group = createGroup(this.organisation, "Everyone", bea.id(), carl.id(), admins.id(),
				alsoBea.id());

		List<MemberSummary> seen = new ArrayList<>();
		String cursor = null;
		do {
			SearchPage<MemberSummary> page = this.search.groupMembers(this.organisation, group.id(), cursor, 1);
			seen.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(seen).extracting(MemberSummary::id)
			.containsExactlyInAnyOrder(bea.id(), carl.id(), admins.id(), alsoBea.id());
		assertThat(seen.get(0)).isEqualTo(new MemberSummary(ResourceType.GROUP, admins.id(), "admins"));
		assertThat(seen.subList(1, 3)).extracting(MemberSummary::displayName).containsExactlyInAnyOrder("Bea", "bea");
		assertThat(seen.get(3)).isEqualTo(new MemberSummary(ResourceType.USER, carl.id(), "carl@contoso.com"));
	}

	@Test
	void groupMembersWhenGroupOfOtherOrganisationThenEmpty() {
		SearchPage<MemberSummary> page = this.search.groupMembers(this.organisation, this.otherGroup.id(), null, 10);

		assertThat(page.items()).isEmpty();
	}

	@Test
	void userGroupsWhenMemberOfSomeThenThoseByName() {
		StoredResource user = createUser(this.organisation, "a@contoso.com");
		StoredResource other = createUser(this.organisation, "b@contoso.com");
		createGroup(this.organisation, "Zeta", user.id());
		createGroup(this.organisation, "alpha", user.id(), other.id());
		createGroup(this.organisation, "Not mine", other.id());

		List<GroupSummary> groups = this.search.userGroups(this.organisation, user.id());

		assertThat(groups).extracting(GroupSummary::displayName).containsExactly("alpha", "Zeta");
		assertThat(this.search.userGroups(this.otherOrganisation, user.id())).isEmpty();
	}

	private StoredResource createUser(UUID organisationId, ObjectNode attributes) {
		return this.directory.create(organisationId, ResourceType.USER, attributes, Set.of());
	}

	private UserSummary onlyUser(@Nullable String text) {
		List<UserSummary> users = this.search.searchUsers(this.organisation, text, null, null, null, 10).items();
		assertThat(users).hasSize(1);
		return users.get(0);
	}

	private static List<String> userNames(SearchPage<UserSummary> page) {
		return page.items().stream().map(UserSummary::userName).toList();
	}

}
