package energy.foundation.identity.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a listing in creation order.
 *
 * @param <T> the kind of item
 * @param items the items, oldest first
 * @param next where the next page starts, or {@code null} when this page is the last
 */
public record ListingPage<T>(List<T> items, @Nullable ListingPosition next) {

	public ListingPage {
		items = List.copyOf(items);
	}

}
