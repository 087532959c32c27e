package energy.foundation.identity.activity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the audit log, newest first.
 *
 * @param entries the entries of the page
 * @param nextCursor pass as {@code after} to read the next page; {@code null} on the last
 * page
 */
public record AuditLogPage(List<AuditLogEntry> entries, @Nullable String nextCursor) {

	public AuditLogPage {
		entries = List.copyOf(entries);
	}

}
