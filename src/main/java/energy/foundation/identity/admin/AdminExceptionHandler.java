package energy.foundation.identity.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns what the admin app's pages cannot find, or cannot read from a URL, into the one
 * "not found" page.
 */
@ControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
class AdminExceptionHandler {

	@ExceptionHandler({ PageNotFoundException.class, MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "admin/not-found";
	}

}
