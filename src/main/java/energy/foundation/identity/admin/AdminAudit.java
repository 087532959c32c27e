package energy.foundation.identity.admin;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes what tenant administrators do in the admin app to the audit log, naming the
 * administrator and their organisation.
 */
@Component
class AdminAudit {

	private final AuditLog auditLog;

	AdminAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/**
	 * Records an action on the administrator's organisation.
	 * @param action what was done, for example {@code scim-credential.revoked}
	 * @param target what it was done to, for example a credential's id
	 * @param detail more words for people; never a secret or an attribute value
	 */
	void record(TenantAdministrator administrator, HttpServletRequest request, String action, @Nullable String target,
			@Nullable String detail) {
		Actor actor = new Actor(ActorKind.TENANT_ADMIN, administrator.getSubject(), administrator.displayName(),
				request.getRemoteAddr());
		this.auditLog.record(new AuditEvent(actor, administrator.organisationId(), action, target, detail));
	}

}
