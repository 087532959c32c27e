package energy.foundation.identity.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a listing.
 *
 * @param <T> the kind of item
 * @param items the items of the page
 * @param nextCursor what to pass as {@code cursor} for the next page, or {@code null}
 * when this page is the last
 */
record PageResponse<T>(List<T> items, @Nullable String nextCursor) {

}
