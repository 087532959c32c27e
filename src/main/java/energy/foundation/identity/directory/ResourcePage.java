package energy.foundation.identity.directory;

import java.util.List;

/**
 * One page of a list response (RFC 7644 §3.4.2.4).
 *
 * @param totalResults how many resources match the filter in all
 * @param resources the resources of the requested page, in order
 */
public record ResourcePage(long totalResults, List<StoredResource> resources) {

}
