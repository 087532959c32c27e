package energy.foundation.identity.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against receivers that misbehave on the wire, played by a raw socket on
 * 127.0.0.1. The timeout of each test only keeps a regression from hanging the build.
 */
class WebhookSenderTests {

	private static final byte[] BODY = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSender sender = new WebhookSender(Duration.ofMillis(500), Duration.ofMillis(500),
			new WebhookUrls(true), Clock.systemUTC());

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private ServerSocket server;

	@BeforeEach
	void listen() throws IOException {
		this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
	}

	@AfterEach
	void close() throws IOException {
		this.server.close();
		this.threads.shutdownNow();
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void sendWhenReceiverTricklesTheAnswerBodyThenExchangeEndsAndStatusCounts() throws Exception {
		this.threads.execute(() -> answer("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n", true));

		WebhookSender.Outcome outcome = this.sender.send(url(), List.of("whsec_test"), BODY);

		assertThat(outcome.accepted()).isTrue();
		assertThat(outcome.status()).isEqualTo(200);
		assertThat(outcome.description()).startsWith("HTTP 200").contains("rest of the answer did not come");
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void sendWhenReceiverTricklesAnErrorBodyThenFailedWithItsStatus() throws Exception {
		this.threads.execute(() -> answer("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 1000000\r\n\r\n", true));

		WebhookSender.Outcome outcome = this.sender.send(url(), List.of("whsec_test"), BODY);

		assertThat(outcome.accepted()).isFalse();
		assertThat(outcome.status()).isEqualTo(503);
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void sendWhenReceiverNeverAnswersThenFailedWithoutStatus() throws Exception {
		this.threads.execute(() -> answer("", false));

		WebhookSender.Outcome outcome = this.sender.send(url(), List.of("whsec_test"), BODY);

		assertThat(outcome.accepted()).isFalse();
		assertThat(outcome.status()).isNull();
		assertThat(outcome.description()).startsWith("No answer within");
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void sendWhenReceiverAnswersAtOnceThenAccepted() throws Exception {
		this.threads.execute(() -> answer("HTTP/1.1 204 No Content\r\n\r\n", false));

		WebhookSender.Outcome outcome = this.sender.send(url(), List.of("whsec_test"), BODY);

		assertThat(outcome.accepted()).isTrue();
		assertThat(outcome.description()).isEqualTo("HTTP 204");
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void sendWhenHostResolvesToPrivateAddressThenRefusedAsFailure() throws Exception {
		WebhookSender strict = new WebhookSender(Duration.ofMillis(500), Duration.ofMillis(500), new WebhookUrls(false),
				Clock.systemUTC());

		WebhookSender.Outcome byName = strict.send(url().replace("127.0.0.1", "localhost"), List.of("whsec_t"), BODY);
		WebhookSender.Outcome byAddress = this.sender.send(url().replace("127.0.0.1", "127.0.0.2"), List.of("whsec_t"),
				BODY);

		assertThat(byName.accepted()).isFalse();
		assertThat(byName.description()).isEqualTo("refused: resolves to a private address");
		assertThat(byAddress.accepted()).isFalse();
		assertThat(byAddress.description()).isEqualTo("refused: resolves to a private address");
	}

	private String url() {
		return "http://127.0.0.1:" + this.server.getLocalPort() + "/events";
	}

	/**
	 * Reads one request, writes the head of an answer (or, if none is given, waits for
	 * the sender to go away), then, if asked, one byte of body every 100 ms until the
	 * sender goes away.
	 */
	private void answer(String head, boolean trickle) {
		try (Socket socket = this.server.accept()) {
			readRequest(socket.getInputStream());
			if (head.isEmpty()) {
				socket.getInputStream().read();
				return;
			}
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			while (trickle) {
				Thread.sleep(100);
				out.write('x');
				out.flush();
			}
		}
		catch (IOException ex) {
			// the sender closed the connection: what these tests expect
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			if (next < 0) {
				throw new IOException("The request ended early");
			}
			head.append((char) next);
		}
		String lower = head.toString().toLowerCase(Locale.ROOT);
		int at = lower.indexOf("content-length:");
		int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).strip());
		in.readNBytes(length);
	}

}
