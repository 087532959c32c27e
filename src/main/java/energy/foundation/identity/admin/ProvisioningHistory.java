package energy.foundation.identity.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import energy.foundation.identity.activity.ProvisioningLog;
import energy.foundation.identity.activity.ProvisioningLogEntry;
import energy.foundation.identity.activity.ProvisioningLogPage;
import energy.foundation.identity.activity.ProvisioningLogQuery;
import energy.foundation.identity.credential.ScimCredential;
import energy.foundation.identity.credential.ScimCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads pages of an organisation's provisioning log for the admin app, with each entry's
 * credential label. A cursor that is not the service's starts again at the first page and
 * says so on the page.
 */
@Component
class ProvisioningHistory {

	private final ProvisioningLog log;

	private final ScimCredentials credentials;

	ProvisioningHistory(ProvisioningLog log, ScimCredentials credentials) {
		this.log = log;
		this.credentials = credentials;
	}

	LogPage page(UUID organisationId, ProvisioningLogQuery query, Model model) {
		ProvisioningLogPage page;
		try {
			page = this.log.search(organisationId, query);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("cursorInvalid", true);
			page = this.log.search(organisationId, query.after(null));
		}
		return new LogPage(label(organisationId, page.entries()).rows(), page.nextCursor());
	}

	/**
	 * The entries with the labels of their credentials, as a single page.
	 */
	LogPage label(UUID organisationId, List<ProvisioningLogEntry> entries) {
		Map<UUID, String> labels = this.credentials.list(organisationId)
			.stream()
			.collect(Collectors.toMap(ScimCredential::id, ScimCredential::label));
		List<LogEntryRow> rows = entries.stream()
			.map((entry) -> new LogEntryRow(entry,
					(entry.credentialId() != null) ? labels.get(entry.credentialId()) : null))
			.toList();
		return new LogPage(rows, null);
	}

	/**
	 * A page of rows and the cursor of the next one.
	 *
	 * @param rows the entries, newest first
	 * @param nextCursor the cursor of the next page, or {@code null} on the last page
	 */
	record LogPage(List<LogEntryRow> rows, @Nullable String nextCursor) {

	}

}
