package energy.foundation.identity.scim.error;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A failure that is answered with a SCIM error body (RFC 7644 §3.12). The {@code detail}
 * is shown to the client and to the customer's administrator, so it never carries secrets
 * or attribute values of other resources. Factories are named after the RFC's
 * {@code scimType} keywords.
 */
public final class ScimException extends RuntimeException {

	private final HttpStatus status;

	private final @Nullable String scimType;

	private ScimException(HttpStatus status, @Nullable String scimType, String detail, @Nullable Throwable cause) {
		super(detail, cause);
		this.status = status;
		this.scimType = scimType;
	}

	public HttpStatus status() {
		return this.status;
	}

	public @Nullable String scimType() {
		return this.scimType;
	}

	public String detail() {
		String message = getMessage();
		return (message != null) ? message : this.status.getReasonPhrase();
	}

	public static ScimException of(HttpStatus status, @Nullable String scimType, String detail) {
		return new ScimException(status, scimType, detail, null);
	}

	public static ScimException invalidFilter(String detail) {
		return of(HttpStatus.BAD_REQUEST, "invalidFilter", detail);
	}

	public static ScimException invalidFilter(String detail, Throwable cause) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter", detail, cause);
	}

	public static ScimException invalidPath(String detail) {
		return of(HttpStatus.BAD_REQUEST, "invalidPath", detail);
	}

	public static ScimException invalidPath(String detail, Throwable cause) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidPath", detail, cause);
	}

	public static ScimException noTarget(String detail) {
		return of(HttpStatus.BAD_REQUEST, "noTarget", detail);
	}

	public static ScimException mutability(String detail) {
		return of(HttpStatus.BAD_REQUEST, "mutability", detail);
	}

	public static ScimException uniqueness(String detail) {
		return of(HttpStatus.CONFLICT, "uniqueness", detail);
	}

	public static ScimException invalidValue(String detail) {
		return of(HttpStatus.BAD_REQUEST, "invalidValue", detail);
	}

	public static ScimException invalidSyntax(String detail) {
		return of(HttpStatus.BAD_REQUEST, "invalidSyntax", detail);
	}

	public static ScimException invalidSyntax(String detail, Throwable cause) {
		return new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", detail, cause);
	}

	public static ScimException tooMany(String detail) {
		return of(HttpStatus.BAD_REQUEST, "tooMany", detail);
	}

	public static ScimException notFound(String detail) {
		return of(HttpStatus.NOT_FOUND, null, detail);
	}

	public static ScimException preconditionFailed(String detail) {
		return of(HttpStatus.PRECONDITION_FAILED, null, detail);
	}

}
