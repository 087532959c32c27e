/**
 * Sign-in decisions for the platform's instances: given the verified claims of a person
 * signing in to an instance through Entra ID or Okta, who it is among the organisation's
 * provisioned users and with which roles, or why not. The identity provider's subject is
 * linked to the provisioned user on first use and only the link counts afterwards.
 */
@NullMarked
package energy.foundation.identity.signin;

import org.jspecify.annotations.NullMarked;
