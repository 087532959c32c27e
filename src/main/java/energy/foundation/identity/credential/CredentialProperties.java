package energy.foundation.identity.credential;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where credential material lives and how it is hashed.
 *
 * @param dataDir the data directory ({@code foundation.data-dir}) holding the generated
 * hash key and the generated bootstrap operator token
 * @param credentials the hashing settings
 * @param bootstrapOperatorToken an operator token made valid at start-up
 * ({@code FOUNDATION_BOOTSTRAP_OPERATOR_TOKEN})
 */
@ConfigurationProperties("foundation")
record CredentialProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Credentials credentials,
		@Nullable String bootstrapOperatorToken) {

	/**
	 * Hashing settings.
	 *
	 * @param hashKey the base64 HMAC key ({@code FOUNDATION_CREDENTIALS_HASH_KEY});
	 * generated into the data directory when unset
	 */
	record Credentials(@Nullable String hashKey) {

	}

}
