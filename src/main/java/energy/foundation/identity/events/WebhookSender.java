package energy.foundation.identity.events;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Posts one signed webhook request and tells whether the receiver accepted it (any 2xx
 * answer). Redirects are not followed, and the answer's body is never read into memory or
 * logged. The whole exchange takes at most the connect timeout and the request timeout
 * together. See {@link WebhookSignatureVerifier} for the headers.
 */
final class WebhookSender {

	private static final String USER_AGENT = "Foundation-Identity-Webhooks/1";

	private static final int NO_STATUS = -1;

	private final HttpClient client;

	private final Duration requestTimeout;

	private final Duration exchangeTimeout;

	private final WebhookUrls urls;

	private final Clock clock;

	WebhookSender(Duration connectTimeout, Duration requestTimeout, WebhookUrls urls, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.requestTimeout = requestTimeout;
		this.exchangeTimeout = connectTimeout.plus(requestTimeout);
		this.urls = urls;
		this.clock = clock;
	}

	/**
	 * Sends a body signed with each of the secrets, unless the URL's host has a private
	 * address now (see {@link WebhookUrls#refusal}).
	 * @throws InterruptedException when the node is shutting down
	 */
	Outcome send(String url, List<String> secrets, byte[] body) throws InterruptedException {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		HttpRequest request;
		try {
			URI uri = URI.create(url);
			String refusal = this.urls.refusal(uri);
			if (refusal != null) {
				return Outcome.failed(null, refusal);
			}
			request = HttpRequest.newBuilder(uri)
				.timeout(this.requestTimeout)
				.header("Content-Type", "application/json")
				.header("User-Agent", USER_AGENT)
				.header(WebhookSignatureVerifier.ID_HEADER, UUID.randomUUID().toString())
				.header(WebhookSignatureVerifier.TIMESTAMP_HEADER, timestamp)
				.header(WebhookSignatureVerifier.SIGNATURE_HEADER,
						WebhookSignatureVerifier.signatureHeader(secrets, timestamp, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return Outcome.failed(null, "The URL cannot be used");
		}
		return send(request);
	}

	/**
	 * Sends a request and waits for the whole answer, at most the connect timeout and the
	 * request timeout together. {@link HttpRequest#timeout} alone stops counting once the
	 * headers arrive, so a receiver that trickles its body could otherwise hold a
	 * delivery thread for ever. At the deadline the exchange is cancelled (which closes
	 * the connection); a status that did arrive still counts.
	 */
	private Outcome send(HttpRequest request) throws InterruptedException {
		AtomicInteger answered = new AtomicInteger(NO_STATUS);
		CompletableFuture<HttpResponse<Void>> exchange = this.client.sendAsync(request, (info) -> {
			answered.set(info.statusCode());
			return HttpResponse.BodySubscribers.discarding();
		});
		try {
			return answer(exchange.get(this.exchangeTimeout.toMillis(), TimeUnit.MILLISECONDS).statusCode(), "");
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			int status = answered.get();
			if (status == NO_STATUS) {
				return Outcome.failed(null, "No answer within " + this.exchangeTimeout.toSeconds() + " s");
			}
			return answer(status,
					" (the rest of the answer did not come within " + this.exchangeTimeout.toSeconds() + " s)");
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			return failed(ex.getCause());
		}
	}

	private static Outcome answer(int status, String note) {
		if (status >= 200 && status < 300) {
			return new Outcome(true, status, "HTTP " + status + note);
		}
		if (status >= 300 && status < 400) {
			return Outcome.failed(status, "HTTP " + status + " (redirects are not followed)" + note);
		}
		return Outcome.failed(status, "HTTP " + status + note);
	}

	private Outcome failed(@Nullable Throwable cause) {
		if (cause instanceof HttpConnectTimeoutException) {
			return Outcome.failed(null, "Could not connect in time");
		}
		if (cause instanceof HttpTimeoutException) {
			return Outcome.failed(null, "No answer within " + this.requestTimeout.toSeconds() + " s");
		}
		if (cause instanceof ConnectException) {
			return Outcome.failed(null, "Could not connect (connection refused or host unreachable)");
		}
		if (cause instanceof IOException) {
			return Outcome.failed(null, "Connection failed (" + cause.getClass().getSimpleName() + ")");
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		throw new IllegalStateException("Sending a webhook request failed", cause);
	}

	/**
	 * What became of a request.
	 *
	 * @param accepted whether the receiver answered 2xx
	 * @param status the HTTP status, if there was an answer
	 * @param description the outcome in words, without anything the receiver sent
	 */
	record Outcome(boolean accepted, @Nullable Integer status, String description) {

		static Outcome failed(@Nullable Integer status, String description) {
			return new Outcome(false, status, description);
		}

	}

}
