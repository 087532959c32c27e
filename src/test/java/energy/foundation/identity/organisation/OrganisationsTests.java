package energy.foundation.identity.organisation;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules for an organisation's name and Entra tenant id.
 */
class OrganisationsTests {

	private static final UUID TENANT = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

	@ParameterizedTest
	@ValueSource(strings = { "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
			"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", " 3f2504e0-4f89-11d3-9a0c-0305e82c3301\n" })
	void parseEntraTenantIdWhenGuidFormThenTenant(String text) {
		assertThat(Organisations.parseEntraTenantId(text)).isEqualTo(TENANT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1-2-3-4-5", "3f2504e04f8911d39a0c0305e82c3301",
			"{3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
			"3f2504e0-4f89-11d3-9a0c-0305e82c330", "3f2504e0-4f89-11d3-9a0c-0305e82c33011",
			"g f2504e0-4f89-11d3-9a0c-0305e82c3301", "urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301",
			"3f2504e0-4f89-11d3-9a0c-0305e82c3301x", "contoso.onmicrosoft.com" })
	void parseEntraTenantIdWhenNotGuidFormThenInvalid(String text) {
		assertThatExceptionOfType(InvalidOrganisationException.class)
			.isThrownBy(() -> Organisations.parseEntraTenantId(text))
			.withMessageContaining("entraTenantId must be a GUID");
	}

	@Test
	void checkNameWhenSurroundedBySpaceThenStripped() {
		assertThat(Organisations.checkName("  Contoso Ltd ")).isEqualTo("Contoso Ltd");
	}

	@Test
	void checkNameWhenTwoHundredCharactersThenAccepted() {
		assertThat(Organisations.checkName("a".repeat(200))).hasSize(200);
	}

	@Test
	void checkNameWhenLongerThanTwoHundredCharactersThenInvalid() {
		assertThatExceptionOfType(InvalidOrganisationException.class)
			.isThrownBy(() -> Organisations.checkName("a".repeat(201)))
			.withMessage("name must be at most 200 characters long");
	}

	@Test
	void checkNameWhenBlankThenInvalid() {
		assertThatExceptionOfType(InvalidOrganisationException.class).isThrownBy(() -> Organisations.checkName(" \t"))
			.withMessage("name must not be blank");
	}

	@Test
	void checkNameWhenControlCharacterThenInvalid() {
		assertThatExceptionOfType(InvalidOrganisationException.class)
			.isThrownBy(() -> Organisations.checkName("Contoso\u0000Ltd"))
			.withMessage("name must not contain control characters");
	}

}
