package energy.foundation.identity.operator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator account form shows of itself.
 */
class AccountFormTests {

	@Test
	void toStringWhenFilledThenNamesWithoutTokenOrPasswords() {
		AccountForm form = new AccountForm("fiop_secret-token-value", "riley", "Riley Operator",
				"correct horse battery", "correct horse battery");

		String text = form.toString();

		assertThat(text).contains("riley", "Riley Operator")
			.doesNotContain("fiop_secret-token-value", "correct horse battery");
	}

}
