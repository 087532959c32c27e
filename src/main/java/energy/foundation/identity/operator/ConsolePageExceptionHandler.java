package energy.foundation.identity.operator;

import energy.foundation.identity.organisation.UnknownOrganisationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers failures of the operator console's pages with a page, never a stack trace or a
 * JSON body: an unknown or malformed id gets the not-found page. It comes before the
 * operator API's handler, which answers the API's controllers in this package.
 */
@ControllerAdvice(assignableTypes = { OrganisationPageController.class, InstancePageController.class,
		ScimCredentialPageController.class, SignInProviderPageController.class, OperatorTokenPageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsolePageExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ConsolePageExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, UnknownOrganisationException.class })
	ModelAndView notFound(RuntimeException exception) {
		return page(HttpStatus.NOT_FOUND, "operator/not-found");
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, InvalidRequestException.class })
	ModelAndView badRequest(Exception exception) {
		return page(HttpStatus.BAD_REQUEST, "operator/bad-request");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception exception) {
		logger.error("Operator console request failed", exception);
		ModelAndView page = page(HttpStatus.INTERNAL_SERVER_ERROR, "operator/failed");
		page.addObject("requestId", MDC.get("requestId"));
		return page;
	}

	private static ModelAndView page(HttpStatus status, String view) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}

}
