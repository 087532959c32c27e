package energy.foundation.identity.signin;

import java.util.List;

import energy.foundation.identity.access.EffectiveRole;
import energy.foundation.identity.directory.ListedUser;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a sign-in: allowed with the user's roles in the instance, or refused with
 * a reason.
 *
 * @param refusal why the person is refused, or {@code null} when allowed
 * @param detail a sentence for people that explains the outcome, without personal data
 * @param user the provisioned user the identity is linked to, when it is known
 * @param roles the user's effective roles in the instance; empty when refused
 * @param linkedNow whether this sign-in linked the identity to the user in the instance;
 * only an allowed sign-in links
 */
public record SignInDecision(@Nullable SignInRefusal refusal, String detail, @Nullable ListedUser user,
		List<EffectiveRole> roles, boolean linkedNow) {

	public SignInDecision {
		roles = List.copyOf(roles);
	}

	/**
	 * Whether the person may sign in.
	 */
	public boolean allowed() {
		return this.refusal == null;
	}

	static SignInDecision refused(SignInRefusal refusal, String detail) {
		return new SignInDecision(refusal, detail, null, List.of(), false);
	}

	static SignInDecision refused(SignInRefusal refusal, String detail, ListedUser user) {
		return new SignInDecision(refusal, detail, user, List.of(), false);
	}

	ListedUser requiredUser() {
		if (this.user == null) {
			throw new IllegalStateException("The decision names no user");
		}
		return this.user;
	}

}
