package energy.foundation.identity.admin;

import java.time.Instant;
import java.util.UUID;

import energy.foundation.identity.credential.ScimCredential;
import org.jspecify.annotations.Nullable;

/**
 * One SCIM credential as the credentials page lists it: never its secret.
 *
 * @param id the credential's id
 * @param label what the administrator called it
 * @param prefix the first characters of the secret
 * @param createdBy who generated it, when known
 * @param createdAt when it was generated
 * @param lastUsedAt when it last authenticated a request
 * @param expiresAt when it stops working, if ever
 * @param status whether it works
 */
record CredentialRow(UUID id, String label, String prefix, @Nullable String createdBy, Instant createdAt,
		@Nullable Instant lastUsedAt, @Nullable Instant expiresAt, Status status) {

	static CredentialRow of(ScimCredential credential, Instant now) {
		Status status = credential.revoked() ? Status.REVOKED
				: (credential.expiredAt(now) ? Status.EXPIRED : Status.ACTIVE);
		return new CredentialRow(credential.id(), credential.label(), credential.prefix(), credential.createdBy(),
				credential.createdAt(), credential.lastUsedAt(), credential.expiresAt(), status);
	}

	/**
	 * Whether the credential still authenticates requests, and so may be revoked.
	 */
	public boolean active() {
		return this.status == Status.ACTIVE;
	}

	/**
	 * Whether a credential works, with the words and badge the page shows.
	 */
	enum Status {

		ACTIVE("Active", "badge-ok"), EXPIRED("Expired", "badge-warn"), REVOKED("Revoked", "badge-bad");

		private final String label;

		private final String badge;

		Status(String label, String badge) {
			this.label = label;
			this.badge = badge;
		}

		public String label() {
			return this.label;
		}

		public String badge() {
			return this.badge;
		}

	}

}
