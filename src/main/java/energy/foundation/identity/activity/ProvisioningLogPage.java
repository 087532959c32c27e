package energy.foundation.identity.activity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a provisioning log, newest first.
 *
 * @param entries the entries of the page
 * @param nextCursor pass as {@code after} to read the next page; {@code null} on the last
 * page
 */
public record ProvisioningLogPage(List<ProvisioningLogEntry> entries, @Nullable String nextCursor) {

	public ProvisioningLogPage {
		entries = List.copyOf(entries);
	}

}
