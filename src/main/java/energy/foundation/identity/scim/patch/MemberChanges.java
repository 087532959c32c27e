package energy.foundation.identity.scim.patch;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import energy.foundation.identity.directory.MembershipChange;
import energy.foundation.identity.scim.error.ScimException;
import energy.foundation.identity.scim.filter.ComparisonOperator;
import energy.foundation.identity.scim.filter.Filter;
import energy.foundation.identity.scim.patch.PatchOperation.Op;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns operations on a group's {@code members} into membership changes, so that the
 * database changes only the listed members and never reads and rewrites the whole list
 * (RFC 7644 §3.5.2; §3.5.2.2 for removal).
 */
final class MemberChanges {

	private MemberChanges() {
	}

	/**
	 * The change an operation asks for, or {@code null} when it changes nothing (an empty
	 * list to add or remove, or only values that cannot be member ids to remove).
	 */
	static @Nullable MembershipChange of(Op op, @Nullable Filter filter, @Nullable String subName,
			@Nullable JsonNode value) {
		if (subName != null) {
			throw ScimException.invalidPath("Members are added, removed or replaced as a whole");
		}
		if (filter != null) {
			if (op != Op.REMOVE) {
				throw ScimException.invalidPath("A filter on members is supported only to remove members");
			}
			return nonEmpty(filteredIds(filter, new LinkedHashSet<>()), MembershipChange.Remove::new);
		}
		return switch (op) {
			case ADD -> nonEmpty(MemberIds.parse(value), MembershipChange.Add::new);
			case REPLACE -> new MembershipChange.Replace(MemberIds.parse(value));
			case REMOVE -> (value == null || value.isNull()) ? new MembershipChange.RemoveAll()
					: nonEmpty(MemberIds.parseRemoved(value), MembershipChange.Remove::new);
		};
	}

	private static @Nullable MembershipChange nonEmpty(Set<UUID> ids,
			java.util.function.Function<Set<UUID>, MembershipChange> change) {
		return ids.isEmpty() ? null : change.apply(ids);
	}

	/**
	 * Ids of {@code value eq "id"} comparisons, alone or joined by {@code or}.
	 */
	private static Set<UUID> filteredIds(Filter filter, Set<UUID> ids) {
		if (filter instanceof Filter.Or or) {
			filteredIds(or.left(), ids);
			return filteredIds(or.right(), ids);
		}
		if (filter instanceof Filter.Comparison comparison && comparison.operator() == ComparisonOperator.EQ
				&& "value".equalsIgnoreCase(lastName(comparison)) && comparison.value() instanceof String id) {
			// A value that is no UUID names no member: removing it changes nothing.
			MemberIds.possibleId(id).ifPresent(ids::add);
			return ids;
		}
		throw ScimException.invalidFilter("Members can be removed by a filter of value eq comparisons only");
	}

	private static String lastName(Filter.Comparison comparison) {
		String sub = comparison.path().subAttribute();
		return (sub != null) ? sub : comparison.path().attribute();
	}

}
