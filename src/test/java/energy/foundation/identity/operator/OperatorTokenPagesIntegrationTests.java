package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.credential.IssuedOperatorToken;
import energy.foundation.identity.credential.OperatorTokens;
import energy.foundation.identity.support.ConsoleSignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API tokens page of the operator console.
 */
class OperatorTokenPagesIntegrationTests extends ConsolePageTestSupport {

	@Autowired
	private OperatorTokens tokens;

	@Test
	void issueWhenLabelGivenThenShowsTokenOnceWithoutCaching() throws Exception {
		String label = "Script " + UUID.randomUUID();

		String page = this.mvc
			.perform(post("/operator/api-tokens").param("label", label).with(csrf()).with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("id=\"issued-token\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String token = page.replaceAll("(?s).*id=\"issued-token\">([^<]+)<.*", "$1");
		assertThat(token).startsWith(OperatorTokens.TOKEN_PREFIX);
		assertThat(this.tokens.authenticate(token)).isPresent();
		this.mvc.perform(get("/operator/api-tokens").with(ConsoleSignIn.operator()))
			.andExpect(content().string(containsString(label)))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void issueWhenLabelBlankThenFormMessage() throws Exception {
		this.mvc.perform(post("/operator/api-tokens").param("label", " ").with(csrf()).with(ConsoleSignIn.operator()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"token-label-error\"")));
	}

	@Test
	void revokeWhenConfirmedThenTokenStopsWorking() throws Exception {
		IssuedOperatorToken issued = this.tokens.issue("To revoke");

		this.mvc
			.perform(
					post("/operator/api-tokens/" + issued.id() + "/revoke").with(csrf()).with(ConsoleSignIn.operator()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/api-tokens"));

		assertThat(this.tokens.authenticate(issued.token())).isEmpty();
	}

	@Test
	void revokeWhenUnknownTokenThenNotFoundPage() throws Exception {
		this.mvc
			.perform(post("/operator/api-tokens/" + UUID.randomUUID() + "/revoke").with(csrf())
				.with(ConsoleSignIn.operator()))
			.andExpect(status().isNotFound());
	}

	@Test
	void listWhenTenantAdministratorThenForbidden() throws Exception {
		this.mvc.perform(get("/operator/api-tokens").with(ConsoleSignIn.tenantAdministrator(UUID.randomUUID())))
			.andExpect(status().isForbidden());
	}

}
