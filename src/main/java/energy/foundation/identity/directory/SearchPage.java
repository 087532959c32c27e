package energy.foundation.identity.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged listing.
 *
 * @param <T> the kind of item
 * @param items the items of the page, in order
 * @param nextCursor what to pass as the cursor for the next page, or {@code null} when
 * this page is the last; opaque, and valid as long as the ordering key it names exists or
 * not
 */
public record SearchPage<T>(List<T> items, @Nullable String nextCursor) {

	public SearchPage {
		items = List.copyOf(items);
	}

}
