package energy.foundation.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Foundation Identity: SCIM 2.0 provisioning into per-organisation directories.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FoundationIdentityApplication {

	public static void main(String[] args) {
		SpringApplication.run(FoundationIdentityApplication.class, args);
	}

}
