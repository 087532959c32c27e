package energy.foundation.identity.scim.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Sends the requests of case steps. The standard way uses the JDK client, which adds only
 * {@code User-Agent} and {@code Content-Length}; the bare way writes HTTP/1.1 on a socket
 * with exactly the computed headers plus {@code Host}, {@code Content-Length} and
 * {@code Connection: close}, as Entra ID does when it sends no {@code Accept} and no
 * {@code User-Agent} (CLIENTS.md §2.2).
 */
final class CaseHttp {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private CaseHttp() {
	}

	/**
	 * Sends a request with the JDK HTTP client; redirects are not followed.
	 */
	static CaseResponse send(URI uri, String method, Map<String, String> headers, @Nullable String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		headers.forEach(request::header);
		try {
			var response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return CaseResponse.of(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a request on a plain socket with no header but the given ones and those
	 * HTTP/1.1 needs. Only {@code http} URIs are supported.
	 */
	static CaseResponse sendBare(URI uri, String method, Map<String, String> headers, @Nullable String body) {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null;
		int port = (uri.getPort() != -1) ? uri.getPort() : 80;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), port), 10_000);
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(head(uri, method, headers, content).getBytes(StandardCharsets.UTF_8));
			if (content != null) {
				out.write(content);
			}
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String head(URI uri, String method, Map<String, String> headers, byte @Nullable [] content) {
		String target = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
		head.append("Host: ").append(uri.getHost()).append((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		head.append("\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (content != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		return head.append("Connection: close\r\n\r\n").toString();
	}

	private static CaseResponse parse(byte[] raw) {
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		if (end < 0) {
			throw new IllegalStateException("Incomplete HTTP response: " + raw.length + " bytes");
		}
		String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						(name) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
		boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).toString().contains("chunked");
		byte[] content = chunked ? dechunk(body) : body;
		return CaseResponse.of(status, headers, new String(content, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		int position = 0;
		while (position < body.length) {
			int lineEnd = indexOf(body, position, "\r\n".getBytes(StandardCharsets.US_ASCII));
			String sizeLine = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			content.write(body, lineEnd + 2, size);
			position = lineEnd + 2 + size + 2;
		}
		return content.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		return indexOf(data, 0, pattern);
	}

	private static int indexOf(byte[] data, int from, byte[] pattern) {
		for (int i = from; i <= data.length - pattern.length; i++) {
			if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

}
