package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.credential.OperatorPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Records a change made through the operator API in the audit log, with the operator
 * token (by its prefix, never the secret) as the actor and the address the request came
 * from.
 */
@Component
class OperatorApiAudit {

	private final AuditLog auditLog;

	OperatorApiAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	void record(OperatorPrincipal operator, HttpServletRequest request, @Nullable UUID organisationId, String action,
			@Nullable String target, @Nullable String detail) {
		Actor actor = new Actor(ActorKind.OPERATOR_TOKEN, operator.tokenId().toString(), operator.description(),
				request.getRemoteAddr());
		this.auditLog.record(new AuditEvent(actor, organisationId, action, target, detail));
	}

}
