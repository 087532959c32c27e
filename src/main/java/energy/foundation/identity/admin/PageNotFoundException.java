package energy.foundation.identity.admin;

import java.io.Serial;

/**
 * Thrown when a page names something the signed-in administrator's organisation does not
 * have: a missing id, another organisation's id and a malformed id all end here, so that
 * the answer never tells them apart.
 */
final class PageNotFoundException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	PageNotFoundException() {
		super("No such page in this organisation");
	}

}
