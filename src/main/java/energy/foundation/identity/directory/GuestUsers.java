package energy.foundation.identity.directory;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Recognises Microsoft Entra ID B2B guests and their home domain. Entra marks a guest's
 * mail nickname and original user principal name with {@code #EXT#}: with the default
 * mapping its {@code externalId} is {@code sam.lee_fabrikam.com#EXT#}, and where the
 * customer maps {@code originalUserPrincipalName} its {@code userName} is
 * {@code sam.lee_fabrikam.com#EXT#@contoso.onmicrosoft.com}. A customer who maps
 * {@code userType} sends {@code "Guest"}.
 */
public final class GuestUsers {

	private static final String EXTERNAL_MARK = "#ext#";

	private GuestUsers() {
	}

	/**
	 * Whether a user with these attributes is a guest: {@code #EXT#} (any case) in
	 * {@code externalId} or {@code userName}, or a {@code userType} of {@code Guest} (any
	 * case).
	 */
	public static boolean isGuest(@Nullable String externalId, @Nullable String userName, @Nullable String userType) {
		return marked(externalId) || marked(userName) || "guest".equalsIgnoreCase(userType);
	}

	/**
	 * The domain a guest comes from, in lower case: the part after the last {@code _}
	 * before {@code #EXT#} in {@code externalId} or else in {@code userName}
	 * ({@code sam.lee_fabrikam.com#EXT#} gives {@code fabrikam.com}); failing that the
	 * domain of {@code userName} when it is an address, else of the e-mail address.
	 * @return the domain, or {@code null} when none of the values names one
	 */
	public static @Nullable String homeDomain(@Nullable String externalId, @Nullable String userName,
			@Nullable String email) {
		String domain = aliasDomain(externalId);
		if (domain == null) {
			domain = aliasDomain(userName);
		}
		if (domain == null) {
			domain = addressDomain(userName);
		}
		if (domain == null) {
			domain = addressDomain(email);
		}
		return domain;
	}

	private static boolean marked(@Nullable String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(EXTERNAL_MARK);
	}

	private static @Nullable String aliasDomain(@Nullable String value) {
		if (value == null) {
			return null;
		}
		int mark = value.toLowerCase(Locale.ROOT).indexOf(EXTERNAL_MARK);
		if (mark < 0) {
			return null;
		}
		String alias = value.substring(0, mark);
		return domainAfter(alias, alias.lastIndexOf('_'));
	}

	private static @Nullable String addressDomain(@Nullable String value) {
		return (value != null) ? domainAfter(value, value.lastIndexOf('@')) : null;
	}

	private static @Nullable String domainAfter(String value, int separator) {
		if (separator < 0) {
			return null;
		}
		String domain = value.substring(separator + 1).strip().toLowerCase(Locale.ROOT);
		return (domain.isEmpty() || domain.startsWith(".") || domain.endsWith(".")) ? null : domain;
	}

}
