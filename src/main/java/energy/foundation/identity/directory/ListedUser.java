package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user as the platform's instances read it. Its {@code toString} prints the id only, as
 * the values are personal data.
 *
 * @param id the user's id
 * @param userName its {@code userName} (for Entra ID, the user principal name)
 * @param externalId its {@code externalId} (for Entra ID by default the mail nickname,
 * for Okta the Okta user id), if any
 * @param displayName its {@code displayName}, if any
 * @param givenName its {@code name.givenName}, if any
 * @param familyName its {@code name.familyName}, if any
 * @param email its primary e-mail address, else its first one, if any
 * @param active whether it may sign in ({@code active} absent counts as {@code true})
 * @param guest whether it is an Entra ID B2B guest
 * @param created when it was provisioned
 * @param lastModified when it, or a group it belongs to directly, last changed
 */
public record ListedUser(UUID id, String userName, @Nullable String externalId, @Nullable String displayName,
		@Nullable String givenName, @Nullable String familyName, @Nullable String email, boolean active, boolean guest,
		Instant created, Instant lastModified) {

	@Override
	public String toString() {
		return "ListedUser[id=" + this.id + ", active=" + this.active + "]";
	}

}
