package energy.foundation.identity.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the directory tells its listeners, inside the transaction of each change.
 * Subclasses choose the database.
 */
abstract class DirectoryChangesIntegrationTests extends DirectoryTestSupport {

	@Autowired
	RecordingListener listener;

	@AfterEach
	void otherOrganisationToldNothing() {
		assertThat(this.listener.of(this.otherOrganisation)).isEmpty();
	}

	@Test
	void createWhenGroupWithMembersThenCreatedAndMembersAddedWithTypes() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource nested = createGroup(this.organisation, "Nested");

		StoredResource group = createGroup(this.organisation, "Admins", user.id(), nested.id());

		List<DirectoryChange> changes = this.listener.of(this.organisation);
		assertThat(changes).hasSize(4);
		assertThat(changes.get(2)).isInstanceOfSatisfying(DirectoryChange.Created.class,
				(created) -> assertThat(created.resource().id()).isEqualTo(group.id()));
		assertThat(changes.get(3)).isEqualTo(new DirectoryChange.MembersChanged(this.organisation, group.id(),
				Map.of(user.id(), ResourceType.USER, nested.id(), ResourceType.GROUP), Map.of()));
	}

	@Test
	void modifyWhenMemberRemovedAndAddedAgainThenNothingTold() {
		StoredResource user = createUser(this.organisation, "alex@example.com");
		StoredResource group = createGroup(this.organisation, "Admins", user.id());
		int before = this.listener.of(this.organisation).size();

		addMembers(this.organisation, group.id(), new MembershipChange.Remove(Set.of(user.id())),
				new MembershipChange.Add(Set.of(user.id())));

		assertThat(this.listener.of(this.organisation)).hasSize(before);
	}

	@Test
	void modifyWhenMembersReplacedThenToldWhoCameAndWent() {
		StoredResource kept = createUser(this.organisation, "kept@example.com");
		StoredResource gone = createUser(this.organisation, "gone@example.com");
		StoredResource come = createUser(this.organisation, "come@example.com");
		StoredResource group = createGroup(this.organisation, "Admins", kept.id(), gone.id());

		addMembers(this.organisation, group.id(), new MembershipChange.Replace(Set.of(kept.id(), come.id())));

		assertThat(last()).isEqualTo(new DirectoryChange.MembersChanged(this.organisation, group.id(),
				Map.of(come.id(), ResourceType.USER), Map.of(gone.id(), ResourceType.USER)));
	}

	@Test
	void modifyWhenUserDisabledThenModifiedWithBeforeAndAfter() {
		StoredResource user = createUser(this.organisation, "alex@example.com");

		this.directory.modify(this.organisation, ResourceType.USER, user.id(), null, false, (current) -> {
			ObjectNode attributes = current.attributes().deepCopy();
			attributes.put("active", false);
			return new Modification(attributes, List.of());
		});

		assertThat(last()).isInstanceOfSatisfying(DirectoryChange.Modified.class, (modified) -> {
			assertThat(ResourceSummary.of(modified.before()).active()).isTrue();
			assertThat(ResourceSummary.of(modified.after()).active()).isFalse();
			assertThat(modified.after().version()).isEqualTo(2);
		});
	}

	@Test
	void deleteWhenGroupWithNestedGroupsThenToldItsDirectMembersWithTypes() {
		StoredResource top = createUser(this.organisation, "top@example.com");
		StoredResource deep = createUser(this.organisation, "deep@example.com");
		StoredResource inner = createGroup(this.organisation, "Inner", deep.id());
		StoredResource outer = createGroup(this.organisation, "Outer", top.id(), inner.id());
		addMembers(this.organisation, inner.id(), new MembershipChange.Add(Set.of(outer.id())));

		this.directory.delete(this.organisation, ResourceType.GROUP, outer.id(), null);

		assertThat(last()).isInstanceOfSatisfying(DirectoryChange.Deleted.class, (deleted) -> {
			assertThat(deleted.resource().id()).isEqualTo(outer.id());
			assertThat(deleted.members())
				.isEqualTo(Map.of(top.id(), ResourceType.USER, inner.id(), ResourceType.GROUP));
		});
	}

	@Test
	void deleteWhenUserThenDeletedWithoutMembers() {
		StoredResource user = createUser(this.organisation, "alex@example.com");

		this.directory.delete(this.organisation, ResourceType.USER, user.id(), null);

		assertThat(last()).isInstanceOfSatisfying(DirectoryChange.Deleted.class,
				(deleted) -> assertThat(deleted.members()).isEmpty());
	}

	@Test
	void createWhenListenerFailsThenNothingStored() {
		UUID refusing = insertOrganisation();
		this.listener.refuse(refusing);

		assertThatIllegalStateException().isThrownBy(() -> createUser(refusing, "alex@example.com"));

		this.listener.refuse(new UUID(0, 0));
		assertThat(this.directory
			.query(refusing,
					new ResourceQuery(ResourceType.USER, null, TestCatalog.INSTANCE, null, false, 1, 10, false))
			.totalResults()).isZero();
	}

	private DirectoryChange last() {
		List<DirectoryChange> changes = this.listener.of(this.organisation);
		return changes.get(changes.size() - 1);
	}

}
