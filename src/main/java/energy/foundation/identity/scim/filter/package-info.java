/**
 * The SCIM filter model (RFC 7644 §3.4.2.2): an immutable tree of {@link Filter} nodes
 * over {@link AttributePath}s, its parser, and the attribute traits a translator needs to
 * evaluate it. This package is the only part of {@code scim} that the directory may use.
 */
@NullMarked
package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.NullMarked;
