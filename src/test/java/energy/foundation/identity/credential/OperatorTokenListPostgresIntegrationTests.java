package energy.foundation.identity.credential;

import java.util.UUID;

import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing and revoking operator tokens on PostgreSQL, as the console's API tokens page
 * does.
 */
@SpringBootTest
class OperatorTokenListPostgresIntegrationTests {

	@Autowired
	private OperatorTokens tokens;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Test
	void listWhenTokenIssuedThenShowsItsPrefixNeverItsValue() {
		IssuedOperatorToken issued = this.tokens.issue("Listed " + UUID.randomUUID());

		OperatorToken listed = this.tokens.list()
			.stream()
			.filter((token) -> token.id().equals(issued.id()))
			.findFirst()
			.orElseThrow();

		assertThat(listed.label()).isEqualTo(issued.label());
		assertThat(listed.prefix()).isEqualTo(issued.prefix());
		assertThat(listed.toString()).doesNotContain(issued.token());
		assertThat(listed.revoked()).isFalse();
	}

	@Test
	void revokeWhenTokenActiveThenListedAsRevokedAndRefused() {
		IssuedOperatorToken issued = this.tokens.issue("Revoked " + UUID.randomUUID());

		boolean found = this.tokens.revoke(issued.id());

		assertThat(found).isTrue();
		assertThat(this.tokens.authenticate(issued.token())).isEmpty();
		assertThat(this.tokens.list()).filteredOn((token) -> token.id().equals(issued.id()))
			.singleElement()
			.satisfies((token) -> assertThat(token.revoked()).isTrue());
	}

	@Test
	void revokeWhenUnknownTokenThenNotFound() {
		assertThat(this.tokens.revoke(UUID.randomUUID())).isFalse();
	}

}
