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

import org.jspecify.annotations.Nullable;

/**
 * Posts one signed webhook request and tells whether the receiver accepted it (any 2xx
 * answer). Redirects are not followed, and the answer's body is never read into memory or
 * logged. See {@link WebhookSignatureVerifier} for the headers.
 */
final class WebhookSender {

	private static final String USER_AGENT = "Foundation-Identity-Webhooks/1";

	private final HttpClient client;

	private final Duration requestTimeout;

	private final Clock clock;

	WebhookSender(Duration connectTimeout, Duration requestTimeout, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.requestTimeout = requestTimeout;
		this.clock = clock;
	}

	/**
	 * Sends a body signed with each of the secrets.
	 * @throws InterruptedException when the node is shutting down
	 */
	Outcome send(String url, List<String> secrets, byte[] body) throws InterruptedException {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(url))
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

	private Outcome send(HttpRequest request) throws InterruptedException {
		try {
			int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return new Outcome(true, status, "HTTP " + status);
			}
			if (status >= 300 && status < 400) {
				return Outcome.failed(status, "HTTP " + status + " (redirects are not followed)");
			}
			return Outcome.failed(status, "HTTP " + status);
		}
		catch (HttpConnectTimeoutException ex) {
			return Outcome.failed(null, "Could not connect in time");
		}
		catch (HttpTimeoutException ex) {
			return Outcome.failed(null, "No answer within " + this.requestTimeout.toSeconds() + " s");
		}
		catch (ConnectException ex) {
			return Outcome.failed(null, "Could not connect (connection refused or host unreachable)");
		}
		catch (IOException ex) {
			return Outcome.failed(null, "Connection failed (" + ex.getClass().getSimpleName() + ")");
		}
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
