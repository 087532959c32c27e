/**
 * The tenant admin app ({@code /admin}): where a customer's tenant administrator, signed
 * in through the organisation's own Entra ID, sets up provisioning and looks at what
 * arrived. Every page shows the signed-in administrator's organisation and never another.
 */
@NullMarked
package energy.foundation.identity.admin;

import org.jspecify.annotations.NullMarked;
