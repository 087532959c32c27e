package energy.foundation.identity.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Suspension, paged listing, sign-in providers and instances of organisations on a real
 * database; subclasses choose it. Each test also holds a second organisation that must
 * see nothing of the first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
abstract class OrganisationLifecycleIntegrationTests {

	private static final int RACERS = 6;

	@Autowired
	private Organisations organisations;

	@Autowired
	private SignInProviders signInProviders;

	@Autowired
	private Instances instances;

	private Organisation organisation;

	private Organisation other;

	@BeforeEach
	void createOrganisations() {
		this.organisation = this.organisations.create("Contoso", UUID.randomUUID().toString());
		this.other = this.organisations.create("Fabrikam", UUID.randomUUID().toString());
	}

	@Test
	void suspendWhenActiveThenSuspendedAndOtherUntouched() {
		Organisation suspended = this.organisations.suspend(this.organisation.id());

		assertThat(suspended.status()).isEqualTo(OrganisationStatus.SUSPENDED);
		assertThat(this.organisations.find(this.organisation.id())).contains(suspended);
		assertThat(this.organisations.find(this.other.id()).orElseThrow().status())
			.isEqualTo(OrganisationStatus.ACTIVE);
	}

	@Test
	void suspendWhenSuspendedThenStillSuspended() {
		this.organisations.suspend(this.organisation.id());

		Organisation again = this.organisations.suspend(this.organisation.id());

		assertThat(again.status()).isEqualTo(OrganisationStatus.SUSPENDED);
	}

	@Test
	void reinstateWhenSuspendedThenActive() {
		this.organisations.suspend(this.organisation.id());

		Organisation reinstated = this.organisations.reinstate(this.organisation.id());

		assertThat(reinstated.status()).isEqualTo(OrganisationStatus.ACTIVE);
		assertThat(this.organisations.reinstate(this.organisation.id())).isEqualTo(reinstated);
	}

	@Test
	void suspendWhenUnknownThenUnknownOrganisation() {
		assertThatExceptionOfType(UnknownOrganisationException.class)
			.isThrownBy(() -> this.organisations.suspend(UUID.randomUUID()));
	}

	@Test
	void findByEntraTenantIdWhenOnboardedThenThatOrganisationOnly() {
		assertThat(this.organisations.findByEntraTenantId(this.organisation.entraTenantId()))
			.contains(this.organisation);
		assertThat(this.organisations.findByEntraTenantId(UUID.randomUUID())).isEmpty();
	}

	@Test
	void listWhenNameContainsThenMatchesIgnoringCaseWithTotal() {
		String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		Organisation first = this.organisations.create("Alpha " + marker, UUID.randomUUID().toString());
		Organisation second = this.organisations.create("beta " + marker.toUpperCase(), UUID.randomUUID().toString());
		this.organisations.create("Gamma " + marker, UUID.randomUUID().toString());

		OrganisationPage page = this.organisations.list(marker.toLowerCase(), 0, 2);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.organisations()).containsExactly(first, second);
	}

	@Test
	void listWhenOffsetThenNextPage() {
		String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		this.organisations.create("A " + marker, UUID.randomUUID().toString());
		Organisation last = this.organisations.create("B " + marker, UUID.randomUUID().toString());

		OrganisationPage page = this.organisations.list(marker, 1, 10);

		assertThat(page.organisations()).containsExactly(last);
		assertThat(page.total()).isEqualTo(2);
	}

	@Test
	void listWhenLikeWildcardsThenMatchedLiterally() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		Organisation literal = this.organisations.create("100%_" + marker, UUID.randomUUID().toString());
		this.organisations.create("100ab" + marker, UUID.randomUUID().toString());

		OrganisationPage page = this.organisations.list("%_" + marker, 0, 10);

		assertThat(page.organisations()).containsExactly(literal);
	}

	@Test
	void settingsWhenOnboardedThenEntraOnOktaOff() {
		SignInProviderSettings settings = this.signInProviders.settings(this.organisation.id());

		assertThat(settings.entra()).isTrue();
		assertThat(settings.okta()).isFalse();
	}

	@Test
	void setEnabledWhenOktaOnThenOnForThisOrganisationOnly() {
		this.signInProviders.setEnabled(this.organisation.id(), SignInProvider.OKTA, true);

		SignInProviderSettings settings = this.signInProviders.setEnabled(this.organisation.id(), SignInProvider.ENTRA,
				false);

		assertThat(settings.okta()).isTrue();
		assertThat(settings.entra()).isFalse();
		assertThat(this.signInProviders.settings(this.organisation.id())).isEqualTo(settings);
		SignInProviderSettings others = this.signInProviders.settings(this.other.id());
		assertThat(others.entra()).isTrue();
		assertThat(others.okta()).isFalse();
	}

	@Test
	void settingsWhenUnknownOrganisationThenUnknownOrganisation() {
		assertThatExceptionOfType(UnknownOrganisationException.class)
			.isThrownBy(() -> this.signInProviders.settings(UUID.randomUUID()));
	}

	@Test
	void createInstanceWhenValidThenActiveAndFound() {
		Instance created = this.instances.create(this.organisation.id(), "  Production ");

		assertThat(created.name()).isEqualTo("Production");
		assertThat(created.status()).isEqualTo(InstanceStatus.ACTIVE);
		assertThat(created.retiredAt()).isNull();
		assertThat(this.instances.find(this.organisation.id(), created.id())).contains(created);
	}

	@Test
	void findInstanceWhenOfOtherOrganisationThenEmpty() {
		Instance created = this.instances.create(this.organisation.id(), "Production");

		assertThat(this.instances.find(this.other.id(), created.id())).isEmpty();
		assertThat(this.instances.list(this.other.id(), true)).isEmpty();
	}

	@Test
	void createInstanceWhenNameTakenIgnoringCaseThenDuplicate() {
		this.instances.create(this.organisation.id(), "Production");

		assertThatExceptionOfType(DuplicateInstanceNameException.class)
			.isThrownBy(() -> this.instances.create(this.organisation.id(), "PRODUCTION"));
	}

	@Test
	void createInstanceWhenNameOfOtherOrganisationThenCreated() {
		this.instances.create(this.other.id(), "Production");

		Instance created = this.instances.create(this.organisation.id(), "Production");

		assertThat(this.instances.list(this.organisation.id(), false)).containsExactly(created);
	}

	@Test
	void createInstanceWhenNameOfRetiredThenCreated() {
		Instance old = this.instances.create(this.organisation.id(), "Test");
		this.instances.retire(this.organisation.id(), old.id());

		Instance created = this.instances.create(this.organisation.id(), "test");

		assertThat(this.instances.list(this.organisation.id(), false)).containsExactly(created);
		assertThat(this.instances.list(this.organisation.id(), true)).extracting(Instance::id)
			.containsExactly(old.id(), created.id());
	}

	@Test
	void createInstanceWhenSameNameConcurrentlyThenOneCreated() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Instance>> results = new ArrayList<>();

		try (ExecutorService executor = Executors.newFixedThreadPool(RACERS)) {
			for (int i = 0; i < RACERS; i++) {
				String name = (i % 2 == 0) ? "Staging" : "STAGING";
				results.add(executor.submit(() -> {
					start.await();
					return this.instances.create(this.organisation.id(), name);
				}));
			}
			start.countDown();
		}

		assertThat(results).filteredOn((result) -> result.state() == Future.State.SUCCESS).hasSize(1);
		assertThat(results).filteredOn((result) -> result.state() == Future.State.FAILED)
			.allSatisfy(
					(result) -> assertThat(result.exceptionNow()).isInstanceOf(DuplicateInstanceNameException.class));
		assertThat(this.instances.list(this.organisation.id(), true)).hasSize(1);
	}

	@Test
	void createInstanceWhenNameBlankThenInvalid() {
		assertThatExceptionOfType(InvalidInstanceException.class)
			.isThrownBy(() -> this.instances.create(this.organisation.id(), " "))
			.withMessage("name must not be blank");
	}

	@Test
	void createInstanceWhenNameTooLongThenInvalid() {
		assertThatExceptionOfType(InvalidInstanceException.class)
			.isThrownBy(() -> this.instances.create(this.organisation.id(), "x".repeat(101)));
	}

	@Test
	void createInstanceWhenUnknownOrganisationThenUnknownOrganisation() {
		assertThatExceptionOfType(UnknownOrganisationException.class)
			.isThrownBy(() -> this.instances.create(UUID.randomUUID(), "Production"));
	}

	@Test
	void renameInstanceWhenActiveThenRenamed() {
		Instance created = this.instances.create(this.organisation.id(), "Prod");

		Instance renamed = this.instances.rename(this.organisation.id(), created.id(), "Production");

		assertThat(renamed.name()).isEqualTo("Production");
		assertThat(this.instances.find(this.organisation.id(), created.id())).contains(renamed);
	}

	@Test
	void renameInstanceWhenOnlyCaseChangesThenRenamed() {
		Instance created = this.instances.create(this.organisation.id(), "prod");

		Instance renamed = this.instances.rename(this.organisation.id(), created.id(), "Prod");

		assertThat(renamed.name()).isEqualTo("Prod");
	}

	@Test
	void renameInstanceWhenNameTakenThenDuplicate() {
		this.instances.create(this.organisation.id(), "Production");
		Instance test = this.instances.create(this.organisation.id(), "Test");

		assertThatExceptionOfType(DuplicateInstanceNameException.class)
			.isThrownBy(() -> this.instances.rename(this.organisation.id(), test.id(), "production"));
	}

	@Test
	void renameInstanceWhenRetiredThenRetired() {
		Instance created = this.instances.create(this.organisation.id(), "Test");
		this.instances.retire(this.organisation.id(), created.id());

		assertThatExceptionOfType(InstanceRetiredException.class)
			.isThrownBy(() -> this.instances.rename(this.organisation.id(), created.id(), "Other"));
	}

	@Test
	void renameInstanceWhenOfOtherOrganisationThenUnknownAndUnchanged() {
		Instance created = this.instances.create(this.organisation.id(), "Test");

		assertThatExceptionOfType(UnknownInstanceException.class)
			.isThrownBy(() -> this.instances.rename(this.other.id(), created.id(), "Hijacked"));
		assertThat(this.instances.find(this.organisation.id(), created.id())).contains(created);
	}

	@Test
	void retireInstanceWhenRetiredThenUnchanged() {
		Instance created = this.instances.create(this.organisation.id(), "Test");
		Instance retired = this.instances.retire(this.organisation.id(), created.id());

		Instance again = this.instances.retire(this.organisation.id(), created.id());

		assertThat(retired.status()).isEqualTo(InstanceStatus.RETIRED);
		assertThat(retired.retiredAt()).isNotNull();
		assertThat(again).isEqualTo(retired);
	}

	@Test
	void retireInstanceWhenOfOtherOrganisationThenUnknownAndStillActive() {
		Instance created = this.instances.create(this.organisation.id(), "Test");

		assertThatExceptionOfType(UnknownInstanceException.class)
			.isThrownBy(() -> this.instances.retire(this.other.id(), created.id()));
		assertThat(this.instances.find(this.organisation.id(), created.id()).orElseThrow().status())
			.isEqualTo(InstanceStatus.ACTIVE);
	}

}
