package energy.foundation.identity.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the users who hold roles in an instance.
 *
 * @param holders the users of this page, by {@code userName} ignoring case
 * @param total how many users hold a role (the chosen role) in the instance
 * @param nextCursor what to pass for the next page, or {@code null} on the last one
 */
public record RoleHolderPage(List<RoleHolder> holders, long total, @Nullable String nextCursor) {

	public RoleHolderPage {
		holders = List.copyOf(holders);
	}

}
