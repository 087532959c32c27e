package energy.foundation.identity.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a sign-in decision request whose body is larger than {@value #MAX_BYTES} bytes
 * before it is parsed: by its {@code Content-Length} when it has one, else by reading no
 * further than the limit. Either way the answer is a 413 problem. Every field is at most
 * 512 characters, so an honest body is far smaller.
 */
@ControllerAdvice(assignableTypes = SignInDecisionsApiController.class)
class SignInDecisionBodyLimit extends RequestBodyAdviceAdapter {

	/**
	 * The largest body read.
	 */
	static final int MAX_BYTES = 64 * 1024;

	/**
	 * The detail of the answer.
	 */
	static final String DETAIL = "The request body must be at most 64 KB";

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		if (message.getHeaders().getContentLength() > MAX_BYTES) {
			throw ApiRequestException.contentTooLarge(DETAIL);
		}
		InputStream body = new BoundedInputStream(message.getBody());
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return body;
			}

			@Override
			public HttpHeaders getHeaders() {
				return message.getHeaders();
			}

		};
	}

	/**
	 * The body of a request without a length (chunked) that went past the limit.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super(DETAIL);
		}

	}

	/**
	 * Reads at most {@value #MAX_BYTES} bytes and fails on the next.
	 */
	private static final class BoundedInputStream extends FilterInputStream {

		private long count;

		BoundedInputStream(InputStream body) {
			super(body);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			if (read != -1) {
				count(1);
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int read) throws BodyTooLargeException {
			this.count += read;
			if (this.count > MAX_BYTES) {
				throw new BodyTooLargeException();
			}
		}

	}

}
