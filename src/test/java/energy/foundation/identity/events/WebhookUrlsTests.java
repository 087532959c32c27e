package energy.foundation.identity.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which webhook URLs are accepted, and the words for those that are not.
 */
class WebhookUrlsTests {

	private final WebhookUrls strict = new WebhookUrls(false);

	private final WebhookUrls local = new WebhookUrls(true);

	@Test
	void checkWhenHttpsThenAcceptedStripped() {
		assertThat(this.strict.check("  https://hooks.example.com/identity?tenant=7 "))
			.isEqualTo("https://hooks.example.com/identity?tenant=7");
	}

	@Test
	void checkWhenPlainHttpThenRefusedWithReason() {
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("http://hooks.example.com/identity"))
			.withMessageContaining("https://");
	}

	@Test
	void checkWhenLocalHttpAllowedThenOnlyLocalhostAndLoopback() {
		assertThat(this.local.check("http://localhost:8089/events")).isEqualTo("http://localhost:8089/events");
		assertThat(this.local.check("http://127.0.0.1:8089/events")).isEqualTo("http://127.0.0.1:8089/events");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.local.check("http://10.0.0.7/events"));
	}

	@Test
	void checkWhenLocalHttpNotAllowedThenLocalhostRefused() {
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("http://localhost:8089/events"));
	}

	@Test
	void checkWhenBlankThenAskedForUrl() {
		assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> this.strict.check("  "))
			.withMessageStartingWith("Enter the URL");
		assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> this.strict.check(null));
	}

	@Test
	void checkWhenNotAbsoluteOrOtherSchemeThenRefused() {
		assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> this.strict.check("/events"))
			.withMessageContaining("full https URL");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("ftp://hooks.example.com/events"));
		assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> this.strict.check("https:///x"));
	}

	@Test
	void checkWhenUserInfoOrFragmentThenRefused() {
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://user:pw@hooks.example.com/"))
			.withMessageContaining("user name or password");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://hooks.example.com/#part"))
			.withMessageContaining("fragment");
	}

	@Test
	void checkWhenMalformedOrTooLongThenRefused() {
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://hooks.example.com/a b"))
			.withMessageContaining("not a valid URL");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://hooks.example.com/" + "a".repeat(2000)))
			.withMessageContaining("at most 2000");
	}

}
