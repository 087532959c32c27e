package energy.foundation.identity.admin;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.OrganisationStatus;
import energy.foundation.identity.organisation.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a validated Entra ID token into a {@link TenantAdministrator}, or refuses: the
 * token's tenant must be an onboarded, active organisation's, and the person must hold
 * the Tenant Administrator app role. The user info endpoint is not called; the ID token
 * carries everything needed.
 */
final class TenantAdministratorUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The claim that names the person's Entra tenant. */
	static final String TENANT_ID = "tid";

	static final String ROLES = "roles";

	private static final Logger logger = LoggerFactory.getLogger(TenantAdministratorUserService.class);

	private final Organisations organisations;

	private final String role;

	private final AuditLog auditLog;

	TenantAdministratorUserService(Organisations organisations, String role, AuditLog auditLog) {
		this.organisations = organisations;
		this.role = role;
		this.auditLog = auditLog;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcIdToken idToken = request.getIdToken();
		String tenantText = String.valueOf(idToken.getClaimAsString(TENANT_ID));
		UUID tenantId = UUID.fromString(tenantText);
		Organisation organisation = this.organisations.findByEntraTenantId(tenantId)
			.orElseThrow(() -> refuse(SignInRefusal.Reason.NOT_ONBOARDED, tenantText));
		if (organisation.status() != OrganisationStatus.ACTIVE) {
			throw refuse(SignInRefusal.Reason.SUSPENDED, tenantText);
		}
		List<String> roles = idToken.getClaimAsStringList(ROLES);
		if (roles == null || !roles.contains(this.role)) {
			throw refuse(SignInRefusal.Reason.ROLE_MISSING, tenantText);
		}
		TenantAdministrator administrator = new TenantAdministrator(organisation.id(), idToken, null);
		String objectId = idToken.getClaimAsString("oid");
		Actor actor = new Actor(ActorKind.TENANT_ADMIN, (objectId != null) ? objectId : idToken.getSubject(),
				administrator.displayName(), null);
		this.auditLog.record(new AuditEvent(actor, organisation.id(), "tenant-administrator.signed-in", null, null));
		logger.info("Tenant administrator signed in to organisation {}", organisation.id());
		return administrator;
	}

	private static SignInRefusedException refuse(SignInRefusal.Reason reason, String tenantId) {
		logger.info("Refused a tenant administrator sign-in from tenant {}: {}", tenantId, reason);
		return new SignInRefusedException(new SignInRefusal(reason, tenantId));
	}

}
