/**
 * The operator API ({@code /operator/api}) with which the vendor's support operators
 * onboard, suspend and reinstate organisations, manage their instances and sign-in
 * providers, and issue their first SCIM credentials.
 */
@NullMarked
package energy.foundation.identity.operator;

import org.jspecify.annotations.NullMarked;
