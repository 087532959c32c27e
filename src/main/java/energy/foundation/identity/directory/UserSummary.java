package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user as a list shows it. Its {@code toString} prints the id only, as the values are
 * personal data.
 *
 * @param id the user's id
 * @param userName its {@code userName}
 * @param displayName its {@code displayName}, if any
 * @param primaryEmail its primary e-mail address, else its first one, if any
 * @param active whether it may sign in ({@code active} absent counts as {@code true})
 * @param guest whether it is an Entra ID B2B guest
 * @param homeDomain the domain a guest comes from (see {@link GuestUsers#homeDomain});
 * {@code null} for members
 * @param lastModified when it last changed
 */
public record UserSummary(UUID id, String userName, @Nullable String displayName, @Nullable String primaryEmail,
		boolean active, boolean guest, @Nullable String homeDomain, Instant lastModified) {

	@Override
	public String toString() {
		return "UserSummary[id=" + this.id + "]";
	}

}
