package energy.foundation.identity.api;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.directory.ListedUser;
import energy.foundation.identity.signin.SignInDecision;
import energy.foundation.identity.signin.SignInRefusal;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a sign-in decision request.
 *
 * @param decision {@code allowed} or {@code refused}
 * @param reason why the person is refused ({@code unknown_person}, {@code disabled},
 * {@code provider_disabled}, {@code provider_not_configured} (Okta without an issuer set
 * for the organisation), {@code no_role}, {@code wrong_tenant} (the Entra tenant or the
 * Okta issuer is not the organisation's), {@code identity_conflict}); {@code null} when
 * allowed
 * @param detail a sentence for people explaining the decision
 * @param user who the person is, when known
 * @param roles the user's effective roles in the instance; empty when refused
 * @param identityLinkedNow whether this request linked the identity to the user in the
 * instance (the first allowed sign-in)
 */
record SignInDecisionResponse(String decision, @Nullable String reason, String detail, @Nullable User user,
		List<RoleResponse> roles, boolean identityLinkedNow) {

	private static final String REASON = "Why the person is refused; null when allowed. unknown_person: no "
			+ "provisioned user is or can be linked to the identity. disabled: the user is disabled. provider_disabled: "
			+ "the organisation switched the provider off. provider_not_configured: the organisation has no Okta "
			+ "issuer set. no_role: the user holds no role in the instance. wrong_tenant: the Entra tenant or the "
			+ "Okta issuer is not the organisation's. identity_conflict: several users match, or the user is linked "
			+ "to another identity of the provider in this instance.";

	@Override
	@Schema(description = REASON, nullable = true, allowableValues = { "unknown_person", "disabled",
			"provider_disabled", "provider_not_configured", "no_role", "wrong_tenant", "identity_conflict" })
	public @Nullable String reason() {
		return this.reason;
	}

	static SignInDecisionResponse of(SignInDecision decision) {
		SignInRefusal refusal = decision.refusal();
		ListedUser user = decision.user();
		return new SignInDecisionResponse((refusal != null) ? "refused" : "allowed",
				(refusal != null) ? refusal.code() : null, decision.detail(), (user != null) ? User.of(user) : null,
				RoleResponse.of(decision.roles()), decision.linkedNow());
	}

	/**
	 * The user a person is.
	 *
	 * @param id the user's id
	 * @param userName its {@code userName}
	 * @param displayName its {@code displayName}, if any
	 * @param active whether it may sign in
	 */
	record User(UUID id, String userName, @Nullable String displayName, boolean active) {

		static User of(ListedUser user) {
			return new User(user.id(), user.userName(), user.displayName(), user.active());
		}

		@Override
		public String toString() {
			return "User[id=" + this.id + "]";
		}

	}

}
