package energy.foundation.identity.activity;

/**
 * Who acted, for the audit log.
 */
public enum ActorKind {

	/** A support operator signed in to the operator console. */
	OPERATOR,

	/** A caller of the operator API with an operator token. */
	OPERATOR_TOKEN,

	/** An organisation's administrator signed in to the tenant admin app. */
	TENANT_ADMIN,

	/** A platform instance's machine client of the directory API. */
	MACHINE_CLIENT,

	/** The service itself, for example a scheduled task. */
	SYSTEM

}
