package energy.foundation.identity.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on SCIM requests.
 *
 * @param maxRequestBytes the largest request body accepted
 * ({@code foundation.scim.max-request-bytes}), advertised as {@code maxPayloadSize}
 */
@ConfigurationProperties("foundation.scim")
record ScimRequestProperties(@DefaultValue("1048576") long maxRequestBytes) {

}
