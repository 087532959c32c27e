package energy.foundation.identity.admin;

import java.io.Serial;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when a page names something the signed-in administrator's organisation does not
 * have: a missing id, another organisation's id and a malformed id all end here, so that
 * the answer never tells them apart: the one "not found" page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class PageNotFoundException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	PageNotFoundException() {
		super("No such page in this organisation");
	}

}
