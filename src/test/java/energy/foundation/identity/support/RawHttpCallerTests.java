package energy.foundation.identity.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RawHttpCaller} against the JDK's own small HTTP server.
 */
class RawHttpCallerTests {

	private final List<Headers> received = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();

	private HttpServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.received.add(exchange.getRequestHeaders());
			this.clientPorts.add(exchange.getRemoteAddress().getPort());
			this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] answer = "{\"Zoë\":true}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/scim+json");
			boolean chunked = exchange.getRequestURI().getPath().endsWith("/chunked");
			exchange.sendResponseHeaders(200, chunked ? 0 : answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void sendWhenNoHeadersNamedThenOnlyHostAndContentLengthAreSent() {
		RawHttpCaller caller = new RawHttpCaller(url());

		HttpResult result = caller.send("POST", "/Users", Map.of("Authorization", "Bearer x"), "{\"userName\":\"ł\"}");

		assertThat(result.status()).isEqualTo(200);
		assertThat(this.received.get(0).keySet()).containsExactlyInAnyOrder("Host", "Content-length", "Authorization");
		assertThat(this.bodies.get(0)).isEqualTo("{\"userName\":\"ł\"}");
	}

	@Test
	void sendWhenAnswerIsChunkedThenWholeBodyIsRead() {
		RawHttpCaller caller = new RawHttpCaller(url());

		HttpResult result = caller.send("GET", "/chunked", Map.of(), null);

		assertThat(result.body()).isEqualTo("{\"Zoë\":true}");
		assertThat(result.header("content-type")).isEqualTo("application/scim+json");
	}

	@Test
	void sendWhenCalledAgainThenConnectionIsReused() {
		RawHttpCaller caller = new RawHttpCaller(url());

		for (int i = 0; i < 5; i++) {
			assertThat(caller.send("GET", "/chunked", Map.of(), null).status()).isEqualTo(200);
			assertThat(caller.send("GET", "/fixed", Map.of(), null).body()).isEqualTo("{\"Zoë\":true}");
		}

		assertThat(this.clientPorts).hasSize(10).containsOnly(this.clientPorts.get(0));
		caller.close();
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/scim/v2";
	}

}
