package energy.foundation.identity.operator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request lacks a required value or has a malformed one. The operator API answers it
 * through its advice; on console pages the status becomes the shared HTML error page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
final class InvalidRequestException extends RuntimeException {

	InvalidRequestException(String message) {
		super(message);
	}

}
