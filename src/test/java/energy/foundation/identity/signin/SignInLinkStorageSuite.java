package energy.foundation.identity.signin;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import energy.foundation.identity.organisation.Instance;
import energy.foundation.identity.organisation.Instances;
import energy.foundation.identity.organisation.Organisation;
import energy.foundation.identity.organisation.Organisations;
import energy.foundation.identity.organisation.SignInProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's identity links as administrators read and remove them, on a real database.
 * Every test also stores a link of a second organisation, for the same user id (the table
 * does not tie the id to a user), and checks that it is neither listed nor removed.
 * Subclasses choose the database.
 */
@SpringBootTest
abstract class SignInLinkStorageSuite {

	private static final String OKTA_ISSUER = "https://contoso.okta.com/oauth2/default";

	@Autowired
	private Organisations organisations;

	@Autowired
	private Instances instances;

	@Autowired
	private IdentityLinks store;

	@Autowired
	private SignInLinks links;

	private Organisation contoso;

	private Instance production;

	private Instance test;

	private Organisation fabrikam;

	private Instance fabrikamProduction;

	private final UUID user = UUID.randomUUID();

	@BeforeEach
	void onboard() {
		this.contoso = this.organisations.create("Contoso " + UUID.randomUUID(), UUID.randomUUID().toString());
		this.production = this.instances.create(this.contoso.id(), "Production");
		this.test = this.instances.create(this.contoso.id(), "Test");
		this.fabrikam = this.organisations.create("Fabrikam " + UUID.randomUUID(), UUID.randomUUID().toString());
		this.fabrikamProduction = this.instances.create(this.fabrikam.id(), "Production");
		this.store.insert(entra(this.fabrikam, this.fabrikamProduction, "fabrikam-oid"));
	}

	@Test
	void ofWhenLinkedInSeveralInstancesThenOldestInstanceFirstAndEntraBeforeOkta() {
		this.store.insert(entra(this.contoso, this.test, "test-oid"));
		this.store.insert(okta(this.contoso, this.production, "00u1avery"));
		this.store.insert(entra(this.contoso, this.production, "production-oid"));

		assertThat(this.links.of(this.contoso.id(), this.user))
			.extracting((link) -> link.instance().name() + " " + link.provider() + " " + link.subject())
			.containsExactly("Production ENTRA production-oid", "Production OKTA 00u1avery", "Test ENTRA test-oid");
	}

	@Test
	void ofWhenLinkedThenCarriesIssuerAndTime() {
		IdentityLink stored = okta(this.contoso, this.production, "00u1avery");
		this.store.insert(stored);

		assertThat(this.links.of(this.contoso.id(), this.user)).singleElement().satisfies((link) -> {
			assertThat(link.instance()).isEqualTo(this.production);
			assertThat(link.provider()).isEqualTo(SignInProvider.OKTA);
			assertThat(link.issuer()).isEqualTo(OKTA_ISSUER);
			assertThat(link.linkedAt()).isEqualTo(stored.linkedAt());
		});
	}

	@Test
	void ofWhenInstanceRetiredThenStillListed() {
		this.store.insert(entra(this.contoso, this.test, "test-oid"));
		this.instances.retire(this.contoso.id(), this.test.id());

		assertThat(this.links.of(this.contoso.id(), this.user)).singleElement()
			.satisfies((link) -> assertThat(link.instance().retired()).isTrue());
	}

	@Test
	void ofWhenNotLinkedThenEmpty() {
		assertThat(this.links.of(this.contoso.id(), this.user)).isEmpty();
	}

	@Test
	void unlinkWhenLinkedThenRemovesThatLinkOnly() {
		this.store.insert(entra(this.contoso, this.production, "production-oid"));
		this.store.insert(okta(this.contoso, this.production, "00u1avery"));
		this.store.insert(entra(this.contoso, this.test, "test-oid"));

		assertThat(this.links.unlink(this.contoso.id(), this.production.id(), this.user, SignInProvider.ENTRA))
			.hasValueSatisfying((removed) -> {
				assertThat(removed.instance()).isEqualTo(this.production);
				assertThat(removed.subject()).isEqualTo("production-oid");
			});

		assertThat(this.links.of(this.contoso.id(), this.user))
			.extracting((link) -> link.instance().name() + " " + link.provider())
			.containsExactly("Production OKTA", "Test ENTRA");
		assertThat(this.links.of(this.fabrikam.id(), this.user)).hasSize(1);
	}

	@Test
	void unlinkWhenAlreadyUnlinkedThenNothingRemoved() {
		this.store.insert(entra(this.contoso, this.production, "production-oid"));
		this.links.unlink(this.contoso.id(), this.production.id(), this.user, SignInProvider.ENTRA);

		assertThat(this.links.unlink(this.contoso.id(), this.production.id(), this.user, SignInProvider.ENTRA))
			.isEmpty();
		assertThat(this.links.of(this.fabrikam.id(), this.user)).hasSize(1);
	}

	@Test
	void unlinkWhenOtherOrganisationsInstanceNamedThenNothingRemoved() {
		this.store.insert(entra(this.contoso, this.production, "production-oid"));

		assertThat(this.links.unlink(this.contoso.id(), this.fabrikamProduction.id(), this.user, SignInProvider.ENTRA))
			.isEmpty();
		assertThat(this.links.unlink(this.fabrikam.id(), this.production.id(), this.user, SignInProvider.ENTRA))
			.isEmpty();

		assertThat(this.links.of(this.contoso.id(), this.user)).hasSize(1);
		assertThat(this.links.of(this.fabrikam.id(), this.user)).hasSize(1);
	}

	@Test
	void deleteWhenUserLinkedAgainSinceReadThenNewLinkKept() {
		IdentityLink old = entra(this.contoso, this.production, "old-oid");
		this.store.insert(old);
		assertThat(this.store.delete(old)).isTrue();
		this.store.insert(entra(this.contoso, this.production, "new-oid"));

		assertThat(this.store.delete(old)).isFalse();

		assertThat(this.store.ofUser(this.contoso.id(), this.user)).singleElement()
			.satisfies((link) -> assertThat(link.subject()).isEqualTo("new-oid"));
		assertThat(this.store.ofUser(this.fabrikam.id(), this.user)).hasSize(1);
	}

	private IdentityLink entra(Organisation organisation, Instance instance, String objectId) {
		return new IdentityLink(organisation.id(), instance.id(), "entra", organisation.entraTenantId().toString(),
				objectId, this.user, now());
	}

	private IdentityLink okta(Organisation organisation, Instance instance, String subject) {
		return new IdentityLink(organisation.id(), instance.id(), "okta", OKTA_ISSUER, subject, this.user, now());
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
