package energy.foundation.identity.api;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A directory API request that cannot be answered as asked: its status and a detail that
 * tells the caller what to change, both written as a problem body.
 */
final class ApiRequestException extends RuntimeException {

	private final HttpStatus status;

	private ApiRequestException(HttpStatus status, String detail, @Nullable Throwable cause) {
		super(detail, cause);
		this.status = status;
	}

	/**
	 * A parameter or the body is malformed (400).
	 */
	static ApiRequestException badRequest(String detail) {
		return new ApiRequestException(HttpStatus.BAD_REQUEST, detail, null);
	}

	/**
	 * A parameter or the body is malformed (400), as the cause found out.
	 */
	static ApiRequestException badRequest(String detail, Throwable cause) {
		return new ApiRequestException(HttpStatus.BAD_REQUEST, detail, cause);
	}

	/**
	 * The instance's organisation has nothing with this id (404).
	 */
	static ApiRequestException notFound(String detail) {
		return new ApiRequestException(HttpStatus.NOT_FOUND, detail, null);
	}

	/**
	 * What the request asks for existed once but was removed for good (410).
	 */
	static ApiRequestException gone(String detail, Throwable cause) {
		return new ApiRequestException(HttpStatus.GONE, detail, cause);
	}

	/**
	 * The body is larger than the endpoint reads (413).
	 */
	static ApiRequestException contentTooLarge(String detail) {
		return new ApiRequestException(HttpStatus.CONTENT_TOO_LARGE, detail, null);
	}

	HttpStatus status() {
		return this.status;
	}

	String detail() {
		String message = getMessage();
		return (message != null) ? message : this.status.getReasonPhrase();
	}

}
