package energy.foundation.identity.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;

/**
 * Sends HTTP/1.1 requests over a plain socket with exactly the headers a test names and
 * nothing else: no {@code User-Agent}, no {@code Accept}. The JDK's HTTP clients always
 * add a {@code User-Agent}, but Entra ID is observed sending none (CLIENTS.md §2.2), and
 * a service that depends on one would fail in production only. Connections are kept alive
 * and shared between threads, one request at a time each.
 */
public final class RawHttpCaller {

	private final String host;

	private final int port;

	private final String basePath;

	private final String hostHeader;

	private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

	/**
	 * Creates a caller for an {@code http://} base URL such as
	 * {@code http://localhost:8080/scim/v2/organisations/42}.
	 */
	public RawHttpCaller(String baseUrl) {
		URI uri = URI.create(baseUrl.replaceAll("/+$", ""));
		if (!"http".equals(uri.getScheme())) {
			throw new IllegalArgumentException("Only http:// URLs are supported");
		}
		this.host = uri.getHost();
		this.port = (uri.getPort() != -1) ? uri.getPort() : 80;
		this.basePath = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		this.hostHeader = this.host + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	/**
	 * Sends a request and reads the whole answer. {@code path} is relative to the base
	 * URL and already percent-encoded; {@code headers} are sent in order, as given, after
	 * {@code Host} (and {@code Content-Length} when there is a body).
	 */
	public HttpResult send(String method, String path, Map<String, String> headers, @Nullable String body) {
		byte[] request = encode(method, this.basePath + path, headers, body);
		Connection reused = this.idle.poll();
		if (reused != null) {
			try {
				return exchange(reused, request, method, true);
			}
			catch (StaleConnectionException ex) {
				reused.close();
			}
		}
		return exchange(open(), request, method, false);
	}

	/**
	 * Closes the idle connections.
	 */
	public void close() {
		Connection connection;
		while ((connection = this.idle.poll()) != null) {
			connection.close();
		}
	}

	private HttpResult exchange(Connection connection, byte[] request, String method, boolean reused) {
		try {
			write(connection, request, reused);
			HttpResult result = connection.read("HEAD".equals(method));
			if (result.header("Connection").equalsIgnoreCase("close")) {
				connection.close();
			}
			else {
				this.idle.add(connection);
			}
			return result;
		}
		catch (StaleConnectionException ex) {
			throw ex;
		}
		catch (IOException ex) {
			connection.close();
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Connection connection, byte[] request, boolean reused) throws IOException {
		try {
			connection.out.write(request);
			connection.out.flush();
		}
		catch (IOException ex) {
			if (reused) {
				throw new StaleConnectionException();
			}
			throw ex;
		}
	}

	private Connection open() {
		try {
			Socket socket = new Socket(this.host, this.port);
			socket.setSoTimeout(60_000);
			socket.setTcpNoDelay(true);
			return new Connection(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] encode(String method, String target, Map<String, String> headers, @Nullable String body) {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder head = new StringBuilder();
		head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(this.hostHeader).append("\r\n");
		if (body != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
		byte[] message = new byte[start.length + content.length];
		System.arraycopy(start, 0, message, 0, start.length);
		System.arraycopy(content, 0, message, start.length, content.length);
		return message;
	}

	/**
	 * A kept-alive connection that closed before answering; the request may be sent again
	 * on a fresh one because the server never saw it.
	 */
	private static final class StaleConnectionException extends RuntimeException {

		StaleConnectionException() {
			super("Connection closed before the response started");
		}

	}

	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			this.in = new BufferedInputStream(socket.getInputStream());
			this.out = socket.getOutputStream();
		}

		HttpResult read(boolean head) throws IOException {
			String statusLine = readLine(true);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
				int colon = line.indexOf(':');
				headers.computeIfAbsent(line.substring(0, colon).trim(), (name) -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
			byte[] body = (head || status == 204 || status == 304 || status / 100 == 1) ? new byte[0]
					: readBody(httpHeaders);
			return new HttpResult(status, httpHeaders, new String(body, StandardCharsets.UTF_8));
		}

		private byte[] readBody(HttpHeaders headers) throws IOException {
			String encoding = headers.firstValue("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
			if (encoding.contains("chunked")) {
				return readChunked();
			}
			var length = headers.firstValueAsLong("Content-Length");
			if (length.isPresent()) {
				return this.in.readNBytes((int) length.getAsLong());
			}
			byte[] rest = this.in.readAllBytes();
			this.socket.close();
			return rest;
		}

		private byte[] readChunked() throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			while (true) {
				String sizeLine = readLine(false);
				int semicolon = sizeLine.indexOf(';');
				int size = Integer.parseInt((semicolon >= 0) ? sizeLine.substring(0, semicolon) : sizeLine.trim(), 16);
				if (size == 0) {
					while (!readLine(false).isEmpty()) {
						// trailers are not used by the service
					}
					return body.toByteArray();
				}
				body.write(this.in.readNBytes(size));
				readLine(false);
			}
		}

		private String readLine(boolean first) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int c;
			while ((c = this.in.read()) != -1) {
				if (c == '\n') {
					byte[] bytes = line.toByteArray();
					int length = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1
							: bytes.length;
					return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
				}
				line.write(c);
			}
			if (first && line.size() == 0) {
				throw new StaleConnectionException();
			}
			throw new IOException("Connection closed in the middle of a response");
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// closing a socket the server already dropped; nothing is lost
			}
		}

	}

}
