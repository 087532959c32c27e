package energy.foundation.identity.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks the URL of a webhook endpoint: absolute, {@code https}, with a host, without
 * credentials or a fragment, and not naming a private, local or special address. Plain
 * {@code http} is accepted only for {@code localhost} and {@code 127.0.0.1}, and only
 * where the service is configured to allow it (development and tests); those two hosts
 * are then the only local ones allowed.
 * <p>
 * When a URL is added only an address written in it is checked (no name is looked up
 * then); before every request {@link #refusal} looks the host up and refuses it when any
 * of its addresses is private, so that webhooks cannot be aimed at the service's own
 * network (server-side request forgery).
 */
final class WebhookUrls {

	/** The longest URL accepted. */
	static final int MAX_LENGTH = 2000;

	/** The failure recorded for a request to a host with a private address. */
	static final String REFUSED_PRIVATE = "refused: resolves to a private address";

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

	// an IPv4 address as inet_aton reads it: one to four parts, decimal, octal or hex
	private static final Pattern NUMERIC_HOST = Pattern
		.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");

	private static final String PRIVATE_MESSAGE = "The URL must not point to a private, local or special address "
			+ "(such as 10.x.x.x, 192.168.x.x, 127.0.0.1 or localhost): events are sent only to receivers that "
			+ "can be reached over the internet.";

	private final boolean allowLocalHttp;

	WebhookUrls(boolean allowLocalHttp) {
		this.allowLocalHttp = allowLocalHttp;
	}

	/**
	 * The URL, stripped of surrounding blanks, when it can be used.
	 * @throws InvalidWebhookException saying why it cannot
	 */
	String check(@Nullable String text) {
		String url = (text != null) ? text.strip() : "";
		if (url.isEmpty()) {
			throw new InvalidWebhookException("Enter the URL of your webhook receiver, for example "
					+ "https://instance.example.com/identity-events.");
		}
		if (url.length() > MAX_LENGTH) {
			throw new InvalidWebhookException("The URL must be at most " + MAX_LENGTH + " characters long.");
		}
		URI uri = parse(url);
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new InvalidWebhookException(
					"Enter a full https URL with a host name, for example https://instance.example.com/events.");
		}
		if (scheme.equals("http") && !(this.allowLocalHttp && LOCAL_HOSTS.contains(host))) {
			throw new InvalidWebhookException("The URL must start with https://: events carry personal data "
					+ "and are sent only over an encrypted connection.");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidWebhookException(
					"The URL must not contain a user name or password; requests are signed instead.");
		}
		if (uri.getRawFragment() != null) {
			throw new InvalidWebhookException("The URL must not contain a fragment (the part after #).");
		}
		if (!allowedLocal(host) && namesPrivateAddress(host)) {
			throw new InvalidWebhookException(PRIVATE_MESSAGE);
		}
		return url;
	}

	/**
	 * Why a request to the host of this URL must not be sent, after looking the host up
	 * now: {@value #REFUSED_PRIVATE} when any of its addresses is private, local or
	 * special.
	 * @return the reason, or {@code null} when the request may be sent
	 */
	@Nullable String refusal(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (allowedLocal(host)) {
			return null;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			return "Could not resolve the host name";
		}
		for (InetAddress address : addresses) {
			if (isPrivate(address)) {
				return REFUSED_PRIVATE;
			}
		}
		return null;
	}

	private boolean allowedLocal(String host) {
		return this.allowLocalHttp && LOCAL_HOSTS.contains(host);
	}

	/**
	 * Whether the host is {@code localhost} or an address, written out, that webhooks
	 * must not reach. Host names are not looked up here.
	 */
	private static boolean namesPrivateAddress(String host) {
		String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return true;
		}
		InetAddress literal = literal(host);
		return literal != null && isPrivate(literal);
	}

	/**
	 * The address a host writes out: an IPv6 address in brackets, or an IPv4 address in
	 * any form the system resolver reads as one (such as {@code 127.1} or
	 * {@code 0x7f000001}).
	 * @return the address, or {@code null} for a host name
	 * @throws InvalidWebhookException when it looks like an address but is none
	 */
	static @Nullable InetAddress literal(String host) {
		try {
			if (host.startsWith("[") && host.endsWith("]")) {
				// holds a colon: parsed, never looked up
				return InetAddress.getByName(host);
			}
			if (NUMERIC_HOST.matcher(host).matches()) {
				return InetAddress.getByAddress(ipv4(host));
			}
			return null;
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new InvalidWebhookException("The host of the URL is not a valid IP address.");
		}
	}

	private static byte[] ipv4(String host) throws UnknownHostException {
		String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.");
		long[] values = new long[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = number(parts[i]);
		}
		long address = 0;
		for (int i = 0; i < parts.length - 1; i++) {
			if (values[i] > 0xff) {
				throw new UnknownHostException(host);
			}
			address = (address << 8) | values[i];
		}
		int lastBits = 8 * (5 - parts.length);
		long last = values[parts.length - 1];
		if (last >= (1L << lastBits)) {
			throw new UnknownHostException(host);
		}
		address = (address << lastBits) | last;
		return new byte[] { (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address };
	}

	private static long number(String part) {
		if (part.startsWith("0x")) {
			return (part.length() == 2) ? 0 : Long.parseLong(part.substring(2), 16);
		}
		if (part.length() > 1 && part.startsWith("0")) {
			return Long.parseLong(part.substring(1), 8);
		}
		return Long.parseLong(part);
	}

	/**
	 * Whether webhooks must not reach an address: loopback, private (10/8, 172.16/12,
	 * 192.168/16), shared (100.64/10), link-local (169.254/16, fe80::/10), unique local
	 * (fc00::/7), site-local (fec0::/10), multicast, unspecified, "this network" (0/8),
	 * reserved (240/4, broadcast included), and IPv6 addresses that carry such an IPv4
	 * address.
	 */
	static boolean isPrivate(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128);
		}
		if (address instanceof Inet6Address) {
			if ((bytes[0] & 0xfe) == 0xfc) {
				return true;
			}
			return embedsPrivateIpv4(bytes);
		}
		return true;
	}

	// ::a.b.c.d and ::ffff:a.b.c.d
	private static boolean embedsPrivateIpv4(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		boolean mapped = (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		boolean compatible = bytes[10] == 0 && bytes[11] == 0;
		if (!mapped && !compatible) {
			return false;
		}
		try {
			return isPrivate(InetAddress.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] }));
		}
		catch (UnknownHostException ex) {
			return true;
		}
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new InvalidWebhookException("This is not a valid URL. Check for spaces or characters such as "
					+ "< > \" that must be percent-encoded.");
		}
	}

}
