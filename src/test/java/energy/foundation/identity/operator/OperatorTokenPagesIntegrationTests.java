package energy.foundation.identity.operator;

import java.util.UUID;

import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditLog;
import energy.foundation.identity.activity.AuditLogEntry;
import energy.foundation.identity.activity.AuditLogQuery;
import energy.foundation.identity.credential.IssuedOperatorToken;
import energy.foundation.identity.credential.OperatorTokens;
import energy.foundation.identity.credential.TokenSigningKey;
import energy.foundation.identity.credential.TokenSigningKeyRotation;
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
 * The API tokens page of the operator console, with the directory API's signing keys.
 */
class OperatorTokenPagesIntegrationTests extends ConsolePageTestSupport {

	@Autowired
	private OperatorTokens tokens;

	@Autowired
	private TokenSigningKeyRotation signingKeys;

	@Autowired
	private AuditLog auditLog;

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
	void listWhenSignedInThenSigningKeyAndConfirmedRotateButton() throws Exception {
		String signingKeyId = this.signingKeys.list().get(0).keyId();

		this.mvc.perform(get("/operator/api-tokens").with(ConsoleSignIn.operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"signing-key-" + signingKeyId + "\"")))
			.andExpect(content().string(containsString("<summary id=\"rotate-signing-key\">")))
			.andExpect(content().string(containsString("id=\"confirm-rotate-signing-key\"")));
	}

	@Test
	void rotateSigningKeyWhenConfirmedThenNewKeySignsAndAudited() throws Exception {
		String before = this.signingKeys.list().get(0).keyId();

		this.mvc.perform(post("/operator/token-signing-keys/rotate").with(csrf()).with(ConsoleSignIn.operator()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/operator/api-tokens"));

		TokenSigningKey signing = this.signingKeys.list().get(0);
		assertThat(signing.keyId()).isNotEqualTo(before);
		assertThat(signing.signing()).isTrue();
		AuditLogEntry entry = this.auditLog
			.search(new AuditLogQuery(null, null, "token-signing-key.rotated", null, null, null, 1))
			.entries()
			.get(0);
		assertThat(entry.actor().kind()).isEqualTo(ActorKind.OPERATOR);
		assertThat(entry.actor().name()).isEqualTo("Riley Operator");
		assertThat(entry.organisationId()).isNull();
		assertThat(entry.target()).isEqualTo(signing.keyId());
		assertThat(entry.detail()).isEqualTo("signing key " + signing.keyId() + ", retired " + before);
	}

	@Test
	void rotateSigningKeyWhenNoCsrfTokenThenForbiddenAndKeyKept() throws Exception {
		String before = this.signingKeys.list().get(0).keyId();

		this.mvc.perform(post("/operator/token-signing-keys/rotate").with(ConsoleSignIn.operator()))
			.andExpect(status().isForbidden());

		assertThat(this.signingKeys.list().get(0).keyId()).isEqualTo(before);
	}

	@Test
	void listWhenTenantAdministratorThenForbidden() throws Exception {
		this.mvc.perform(get("/operator/api-tokens").with(ConsoleSignIn.tenantAdministrator(UUID.randomUUID())))
			.andExpect(status().isForbidden());
	}

}
