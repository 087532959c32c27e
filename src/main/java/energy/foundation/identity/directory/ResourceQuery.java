package energy.foundation.identity.directory;

import energy.foundation.identity.scim.filter.AttributeCatalog;
import energy.foundation.identity.scim.filter.AttributePath;
import energy.foundation.identity.scim.filter.Filter;
import org.jspecify.annotations.Nullable;

/**
 * A list or search request over one resource type (RFC 7644 §3.4.2).
 *
 * @param type the resource type to list
 * @param filter the filter, or {@code null} for all resources
 * @param catalog the attribute definitions of the resource type
 * @param sortBy the attribute to sort by (RFC 7644 §3.4.2.3), or {@code null} for
 * creation order
 * @param descending whether {@code sortOrder} is {@code descending}
 * @param startIndex the 1-based index of the first result (values below 1 count as 1)
 * @param count the maximum number of results; 0 asks only for the total
 * @param withReferences whether to load group members or the groups of users
 */
public record ResourceQuery(ResourceType type, @Nullable Filter filter, AttributeCatalog catalog,
		@Nullable AttributePath sortBy, boolean descending, int startIndex, int count, boolean withReferences) {

	/**
	 * Without the filter, whose comparison values may be personal data.
	 */
	@Override
	public String toString() {
		return "ResourceQuery[type=" + this.type.scimName() + ", filtered=" + (this.filter != null) + ", startIndex="
				+ this.startIndex + ", count=" + this.count + "]";
	}

}
