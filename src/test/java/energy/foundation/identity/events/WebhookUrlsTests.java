package energy.foundation.identity.events;

import java.net.URI;
import java.util.List;

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
	void checkWhenPrivateLocalOrSpecialAddressThenRefused() {
		List<String> urls = List.of("https://127.0.0.1/events", "https://0x7f000001/events",
				"https://2130706433/events", "https://0177.0.0.1/events", "https://localhost/events",
				"https://hooks.localhost./events", "https://10.1.2.3/events", "https://172.16.0.1/events",
				"https://172.31.255.255/events", "https://192.168.1.10/events",
				"https://169.254.169.254/latest/meta-data", "https://100.64.0.1/events",
				"https://100.127.255.254/events", "https://0.0.0.0/events", "https://224.0.0.1/events",
				"https://255.255.255.255/events", "https://[::1]/events", "https://[::]/events",
				"https://[fe80::1]/events", "https://[fc00::1]/events", "https://[fd12:3456::1]/events",
				"https://[ff02::1]/events", "https://[::ffff:10.0.0.1]/events", "https://[::ffff:7f00:1]/events");

		assertThat(urls).allSatisfy((url) -> assertThatExceptionOfType(InvalidWebhookException.class).as(url)
			.isThrownBy(() -> this.strict.check(url))
			.withMessageContaining("must not point to a private"));
	}

	@Test
	void checkWhenPublicAddressOrHostNameThenAccepted() {
		List<String> urls = List.of("https://203.0.113.7/events", "https://172.32.0.1/events",
				"https://100.128.0.1/events", "https://[2001:db8::1]/events", "https://8.8.8.8/events",
				"https://hooks.example.com/events", "https://localhost.example.com/events");

		assertThat(urls).allSatisfy((url) -> assertThat(this.strict.check(url)).isEqualTo(url));
	}

	@Test
	void checkWhenNumericHostIsNoAddressThenRefused() {
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://0x1ffffffffff/events"))
			.withMessageContaining("not a valid IP address");
		// java.net.URI finds no host in these
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://300.1.1.1/events"));
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.strict.check("https://127.1/events"));
	}

	@Test
	void checkWhenLocalAllowedThenOnlyLocalhostAndLoopbackOfTheLocalAddresses() {
		assertThat(this.local.check("https://127.0.0.1:8443/events")).isEqualTo("https://127.0.0.1:8443/events");
		assertThat(this.local.check("https://localhost/events")).isEqualTo("https://localhost/events");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.local.check("https://127.0.0.2/events"));
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.local.check("https://192.168.0.1/events"));
	}

	@Test
	void refusalWhenHostResolvesToPrivateAddressThenRefused() {
		assertThat(this.strict.refusal(URI.create("https://localhost:8443/events")))
			.isEqualTo(WebhookUrls.REFUSED_PRIVATE);
		assertThat(this.strict.refusal(URI.create("https://[::1]/events"))).isEqualTo(WebhookUrls.REFUSED_PRIVATE);
		assertThat(this.local.refusal(URI.create("http://127.0.0.2:8080/events")))
			.isEqualTo(WebhookUrls.REFUSED_PRIVATE);
		assertThat(this.local.refusal(URI.create("http://localhost:8080/events"))).isNull();
		assertThat(this.strict.refusal(URI.create("https://8.8.8.8/events"))).isNull();
		assertThat(this.strict.refusal(URI.create("https://hooks.example.invalid/events")))
			.isEqualTo("Could not resolve the host name");
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
