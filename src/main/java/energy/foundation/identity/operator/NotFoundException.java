package energy.foundation.identity.operator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing has the requested id. The operator API answers it through its advice; on
 * console pages the status becomes the shared HTML error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
