package energy.foundation.identity.activity;

import org.jspecify.annotations.Nullable;

/**
 * Who performed an audited action.
 *
 * @param kind operator, operator token, tenant administrator or the service
 * @param id a stable id: the operator's or administrator's subject, the token's id
 * @param name a name people recognise: a display name, an e-mail address, a token label
 * @param remoteAddress the client address the request came from, if there was one
 */
public record Actor(ActorKind kind, String id, String name, @Nullable String remoteAddress) {

	/**
	 * The service itself, acting on its own (start-up, scheduled tasks).
	 */
	public static Actor system() {
		return new Actor(ActorKind.SYSTEM, "system", "Foundation Identity", null);
	}

}
