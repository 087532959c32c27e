package energy.foundation.identity.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a listing in creation order stopped: the creation time and id of the last
 * resource of a page. A resource's position never changes, so a listing continued from
 * here neither repeats nor skips one that existed when the listing began.
 *
 * @param created the creation time of the last resource listed
 * @param id its id
 */
public record ListingPosition(Instant created, UUID id) {

}
