/**
 * What happened: the provisioning log (every SCIM request of an organisation, accepted or
 * rejected, with attribute names but no values) and the audit log (every action of
 * operators, tenant administrators and the service itself). {@link ProvisioningLog} and
 * {@link AuditLog} are the only writers of their tables; the web consoles read through
 * them.
 */
@NullMarked
package energy.foundation.identity.activity;

import org.jspecify.annotations.NullMarked;
