package energy.foundation.identity.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import energy.foundation.identity.events.WebhookSignatureVerifier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver for tests: the JDK's HTTP server on 127.0.0.1, checking every
 * request as a real receiver should (signature with the secrets it trusts, five-minute
 * replay window) and recording what it accepted. It can answer with an error, or go down
 * (connection refused) and come back on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final List<String> problems = new CopyOnWriteArrayList<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private volatile int port;

	private volatile List<String> trusted = List.of();

	private volatile int status = 200;

	private volatile long answerDelayMillis;

	private volatile @Nullable HttpServer server;

	private WebhookReceiver() {
	}

	/**
	 * A receiver on a free port, up and answering 200.
	 */
	public static WebhookReceiver start() {
		WebhookReceiver receiver = new WebhookReceiver();
		receiver.listen(0);
		return receiver;
	}

	private void listen(int onPort) {
		try {
			HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
			created.createContext("/events", this::handle);
			created.setExecutor(this.executor);
			created.start();
			this.server = created;
			this.port = created.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The endpoint URL to register.
	 */
	public String url() {
		return "http://127.0.0.1:" + this.port + "/events";
	}

	/**
	 * The secrets whose signatures this receiver accepts (one is enough).
	 */
	public void trust(String... secrets) {
		this.trusted = List.of(secrets);
	}

	/**
	 * Answers every following request with this status.
	 */
	public void answerWith(int answer) {
		this.status = answer;
	}

	/**
	 * Waits this long before answering, to widen the window in which two senders could
	 * overlap.
	 */
	public void answerAfter(long millis) {
		this.answerDelayMillis = millis;
	}

	/**
	 * Stops listening: connections are refused until {@link #comeBack()}.
	 */
	public void goDown() {
		HttpServer running = this.server;
		if (running != null) {
			running.stop(0);
			this.server = null;
		}
	}

	/**
	 * Listens again on the same port.
	 */
	public void comeBack() {
		listen(this.port);
	}

	/**
	 * Every request that arrived with a valid signature, in arrival order.
	 */
	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/**
	 * The events of the requests answered with 2xx, in arrival order.
	 */
	public List<JsonNode> acceptedEvents() {
		List<JsonNode> events = new ArrayList<>();
		for (Request request : this.requests) {
			if (request.answeredWith() / 100 == 2) {
				events.addAll(request.events());
			}
		}
		return events;
	}

	/**
	 * Requests refused because of their signature or timestamp, with the reason.
	 */
	public List<String> problems() {
		return List.copyOf(this.problems);
	}

	/**
	 * The most requests that were being handled at the same moment.
	 */
	public int mostAtOnce() {
		return this.mostAtOnce.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		int concurrent = this.inFlight.incrementAndGet();
		this.mostAtOnce.accumulateAndGet(concurrent, Math::max);
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			Instant receivedAt = Instant.now();
			long receivedNanos = System.nanoTime();
			String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignatureVerifier.TIMESTAMP_HEADER);
			String signatures = exchange.getRequestHeaders().getFirst(WebhookSignatureVerifier.SIGNATURE_HEADER);
			WebhookSignatureVerifier.Result result = new WebhookSignatureVerifier(this.trusted,
					WebhookSignatureVerifier.DEFAULT_TOLERANCE, Clock.systemUTC())
				.verify(timestamp, signatures, body);
			if (result != WebhookSignatureVerifier.Result.VALID) {
				this.problems.add(result.name());
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			pause();
			int answer = this.status;
			List<JsonNode> events = new ArrayList<>();
			MAPPER.readTree(body).get("events").forEach(events::add);
			this.requests.add(new Request(receivedAt, receivedNanos,
					exchange.getRequestHeaders().getFirst(WebhookSignatureVerifier.ID_HEADER), timestamp, signatures,
					body, events, answer));
			exchange.sendResponseHeaders(answer, -1);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private void pause() {
		long delay = this.answerDelayMillis;
		if (delay > 0) {
			try {
				Thread.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		goDown();
		this.executor.shutdownNow();
	}

	/**
	 * One request with a valid signature.
	 *
	 * @param receivedAt when it arrived
	 * @param receivedNanos when it arrived, on {@link System#nanoTime()}
	 * @param id its {@value WebhookSignatureVerifier#ID_HEADER}
	 * @param timestamp its timestamp header
	 * @param signatures its signature header
	 * @param body its raw body
	 * @param events the events in its body
	 * @param answeredWith the status it was answered with
	 */
	public record Request(Instant receivedAt, long receivedNanos, String id, String timestamp, String signatures,
			byte[] body, List<JsonNode> events, int answeredWith) {

		/**
		 * Whether the request carries a valid signature made with this secret.
		 */
		public boolean signedWith(String secret) {
			return new WebhookSignatureVerifier(secret).verify(this.timestamp, this.signatures,
					this.body) == WebhookSignatureVerifier.Result.VALID;
		}

		/**
		 * How many {@code v1=} entries the signature header has.
		 */
		public int signatureCount() {
			return this.signatures.split(",").length;
		}

	}

}
