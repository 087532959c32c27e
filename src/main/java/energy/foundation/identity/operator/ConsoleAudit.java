package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Records each change an operator makes from the console in the audit log, with the
 * operator as the actor and the address the request came from.
 */
@Component
class ConsoleAudit {

	private final AuditLog auditLog;

	ConsoleAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	void record(ConsoleOperator operator, HttpServletRequest request, @Nullable UUID organisationId, String action,
			@Nullable String target, @Nullable String detail) {
		Actor actor = new Actor(ActorKind.OPERATOR, operator.accountId().toString(), operator.displayName(),
				request.getRemoteAddr());
		this.auditLog.record(new AuditEvent(actor, organisationId, action, target, detail));
	}

	/**
	 * Records the first operator account, made with an operator token before anyone could
	 * sign in: the new account is its own actor.
	 */
	void recordSetUp(OperatorAccount account, HttpServletRequest request) {
		Actor actor = new Actor(ActorKind.OPERATOR, account.id().toString(), account.displayName(),
				request.getRemoteAddr());
		this.auditLog.record(new AuditEvent(actor, null, "operator-account.set-up", account.id().toString(),
				"username " + account.username()));
	}

}
