/**
 * The operator API ({@code /operator/api}) with which the vendor's support operators
 * onboard organisations and issue their first SCIM credentials. The operator console will
 * use it.
 */
@NullMarked
package energy.foundation.identity.operator;

import org.jspecify.annotations.NullMarked;
