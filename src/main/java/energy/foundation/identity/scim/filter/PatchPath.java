package energy.foundation.identity.scim.filter;

import org.jspecify.annotations.Nullable;

/**
 * The {@code path} of a PATCH operation (RFC 7644 §3.5.2): {@code attrPath} or
 * {@code valuePath [subAttr]}, for example {@code members[value eq "2819c223"]} or
 * {@code emails[type eq "work"].value}.
 *
 * @param attribute the attribute addressed (its sub-attribute set when the path is a
 * plain {@code attr.sub})
 * @param valueFilter the filter selecting elements of a multi-valued attribute, or
 * {@code null}
 * @param subAttribute the sub-attribute after a value filter ({@code .value} in
 * {@code emails[type eq "work"].value}), or {@code null}
 */
public record PatchPath(AttributePath attribute, @Nullable Filter valueFilter, @Nullable String subAttribute) {

}
