package energy.foundation.identity.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import energy.foundation.identity.directory.DirectoryChange;
import energy.foundation.identity.directory.DirectoryListener;
import energy.foundation.identity.directory.ResourceSummary;
import energy.foundation.identity.directory.ResourceType;
import energy.foundation.identity.directory.StoredResource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns each change of the directory into its change events, in the transaction of the
 * change. It runs before the listeners that follow a change with events of their own (a
 * revoked role follows the user's {@code user.disabled}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class DirectoryEventRecorder implements DirectoryListener {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Outbox outbox;

	DirectoryEventRecorder(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void changed(DSLContext transaction, DirectoryChange change) {
		this.outbox.record(transaction, events(change));
	}

	static List<ChangeEvent> events(DirectoryChange change) {
		return switch (change) {
			case DirectoryChange.Created created ->
				List.of(resourceEvent(created.resource(), (created.resource().type() == ResourceType.USER)
						? EventType.USER_CREATED : EventType.GROUP_CREATED));
			case DirectoryChange.Modified modified -> List.of(resourceEvent(modified.after(), modifiedType(modified)));
			case DirectoryChange.Deleted deleted ->
				List.of(resourceEvent(deleted.resource(), (deleted.resource().type() == ResourceType.USER)
						? EventType.USER_DELETED : EventType.GROUP_DELETED));
			case DirectoryChange.MembersChanged members -> memberEvents(members);
		};
	}

	private static EventType modifiedType(DirectoryChange.Modified modified) {
		if (modified.after().type() == ResourceType.GROUP) {
			return EventType.GROUP_UPDATED;
		}
		boolean wasActive = ResourceSummary.of(modified.before()).active();
		boolean active = ResourceSummary.of(modified.after()).active();
		if (wasActive == active) {
			return EventType.USER_UPDATED;
		}
		return active ? EventType.USER_ENABLED : EventType.USER_DISABLED;
	}

	private static ChangeEvent resourceEvent(StoredResource resource, EventType type) {
		ResourceSummary summary = ResourceSummary.of(resource);
		ObjectNode data = JSON.objectNode();
		if (resource.type() == ResourceType.USER) {
			ObjectNode user = data.putObject("user");
			user.put("id", summary.id().toString());
			user.put("userName", summary.name());
			putOptional(user, "externalId", summary.externalId());
			putOptional(user, "displayName", summary.displayName());
			user.put("active", summary.active());
			user.put("guest", summary.guest());
			return new ChangeEvent(resource.organisationId(), null, type, resource.id(), null, data);
		}
		ObjectNode group = data.putObject("group");
		group.put("id", summary.id().toString());
		group.put("displayName", summary.name());
		putOptional(group, "externalId", summary.externalId());
		return new ChangeEvent(resource.organisationId(), null, type, null, resource.id(), data);
	}

	private static List<ChangeEvent> memberEvents(DirectoryChange.MembersChanged change) {
		List<ChangeEvent> events = new ArrayList<>(change.added().size() + change.removed().size());
		addMemberEvents(events, change, change.removed(), EventType.GROUP_MEMBER_REMOVED);
		addMemberEvents(events, change, change.added(), EventType.GROUP_MEMBER_ADDED);
		return events;
	}

	private static void addMemberEvents(List<ChangeEvent> events, DirectoryChange.MembersChanged change,
			Map<UUID, ResourceType> members, EventType type) {
		members.forEach((id, memberType) -> {
			ObjectNode data = JSON.objectNode();
			data.putObject("group").put("id", change.groupId().toString());
			ObjectNode member = data.putObject("member");
			member.put("id", id.toString());
			member.put("type", (memberType == ResourceType.USER) ? "user" : "group");
			UUID userId = (memberType == ResourceType.USER) ? id : null;
			events.add(new ChangeEvent(change.organisationId(), null, type, userId, change.groupId(), data));
		});
	}

	private static void putOptional(ObjectNode node, String name, @Nullable String value) {
		if (value != null) {
			node.put(name, value);
		}
	}

}
