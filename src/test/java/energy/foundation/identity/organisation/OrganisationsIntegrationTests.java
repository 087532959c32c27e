package energy.foundation.identity.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import energy.foundation.identity.support.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Onboarding organisations on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
class OrganisationsIntegrationTests {

	@Autowired
	private Organisations organisations;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.postgres(registry);
	}

	@Test
	void createWhenValidThenFoundActive() {
		UUID tenant = UUID.randomUUID();

		Organisation created = this.organisations.create("Contoso", tenant.toString());

		assertThat(this.organisations.find(created.id())).contains(created);
		assertThat(created.entraTenantId()).isEqualTo(tenant);
		assertThat(created.status()).isEqualTo(OrganisationStatus.ACTIVE);
	}

	@Test
	void createWhenTenantOnboardedThenDuplicateTenant() {
		UUID tenant = UUID.randomUUID();
		this.organisations.create("Contoso", tenant.toString());

		assertThatExceptionOfType(DuplicateTenantException.class)
			.isThrownBy(() -> this.organisations.create("Contoso again", tenant.toString().toUpperCase()))
			.satisfies((ex) -> assertThat(ex.entraTenantId()).isEqualTo(tenant));
	}

	@Test
	void createWhenSameTenantConcurrentlyThenOneCreatedOthersDuplicate() throws Exception {
		String tenant = UUID.randomUUID().toString();
		int attempts = 4;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Organisation>> results = new ArrayList<>();

		try (ExecutorService executor = Executors.newFixedThreadPool(attempts)) {
			for (int i = 0; i < attempts; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return this.organisations.create("Contoso", tenant);
				}));
			}
			start.countDown();
		}

		long created = results.stream().filter((result) -> result.state() == Future.State.SUCCESS).count();
		assertThat(created).isEqualTo(1);
		assertThat(results).filteredOn((result) -> result.state() == Future.State.FAILED)
			.allSatisfy((result) -> assertThat(result.exceptionNow()).isInstanceOf(DuplicateTenantException.class));
	}

	@Test
	void findWhenUnknownThenEmpty() {
		assertThat(this.organisations.find(UUID.randomUUID())).isEmpty();
	}

	@Test
	void listWhenCreatedThenIncluded() {
		Organisation created = this.organisations.create("Fabrikam", UUID.randomUUID().toString());

		assertThat(this.organisations.list()).contains(created);
	}

}
