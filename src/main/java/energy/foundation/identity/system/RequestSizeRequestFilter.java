package energy.foundation.identity.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import energy.foundation.identity.scim.error.ScimErrorWriter;
import energy.foundation.identity.scim.error.ScimException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses SCIM request bodies larger than the advertised {@code maxPayloadSize} with a
 * 413 and the SCIM error body: at once when {@code Content-Length} says so, and while
 * reading when the body is streamed without a length. Reading past the limit throws a
 * {@link ScimException} with status 413, which the SCIM error advice answers; when it
 * escapes to this filter instead, the filter answers it.
 */
class RequestSizeRequestFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	RequestSizeRequestFilter(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			ScimErrorWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, null, detail());
			return;
		}

		LimitedRequest limited = new LimitedRequest(request);
		try {
			chain.doFilter(limited, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!limited.exceeded() || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			ScimErrorWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, null, detail());
		}
	}

	private String detail() {
		return "The request body is larger than the limit of " + this.maxRequestBytes + " bytes";
	}

	private ScimException tooLarge() {
		return ScimException.of(HttpStatus.CONTENT_TOO_LARGE, null, detail());
	}

	/**
	 * The request with its body stream counted.
	 */
	private final class LimitedRequest extends HttpServletRequestWrapper {

		private @Nullable LimitedInputStream stream;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedInputStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		boolean exceeded() {
			return this.stream != null && this.stream.exceeded;
		}

	}

	/**
	 * Counts the bytes read and fails once they pass the limit.
	 */
	private final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long count;

		private boolean exceeded;

		LimitedInputStream(ServletInputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public int read() throws IOException {
			int read = this.delegate.read();
			if (read != -1) {
				counted(1);
			}
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int read) {
			this.count += read;
			if (this.count > RequestSizeRequestFilter.this.maxRequestBytes) {
				this.exceeded = true;
				throw tooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
