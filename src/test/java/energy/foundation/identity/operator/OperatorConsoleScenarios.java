package energy.foundation.identity.operator;

import java.util.List;
import java.util.UUID;

import energy.foundation.identity.support.LiveServiceTests;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator console's accounts: first set-up with an operator token, sign-in with a
 * password, and the accounts page. Each subclass gives the class a database of its own,
 * because set-up depends on there being no operator account at all; every test starts
 * with none.
 */
@SpringBootTest(properties = "foundation.bootstrap-operator-token=" + LiveServiceTests.OPERATOR_TOKEN)
abstract class OperatorConsoleScenarios {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private OperatorAccounts accounts;

	@Autowired
	private DSLContext dsl;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		this.dsl.deleteFrom(DSL.table("operator_account")).execute();
		this.dsl.deleteFrom(DSL.table("operator_setup")).execute();
	}

	@Test
	void setupWhenNoAccountAndValidTokenThenCreatesFirstAccount() throws Exception {
		this.mvc.perform(setup(LiveServiceTests.OPERATOR_TOKEN, "riley", PASSWORD))
			.andExpect(redirectedUrl("/operator/sign-in?setup"));

		assertThat(this.accounts.list()).extracting(OperatorAccount::username).containsExactly("riley");
	}

	@Test
	void setupWhenAccountExistsThenRefusedAndPageSaysDone() throws Exception {
		this.accounts.create("existing", "Existing Operator", PASSWORD);

		this.mvc.perform(setup(LiveServiceTests.OPERATOR_TOKEN, "intruder", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set-up is done")));

		assertThat(this.accounts.list()).extracting(OperatorAccount::username).containsExactly("existing");
		this.mvc.perform(get("/operator/setup"))
			.andExpect(content().string(containsString("Set-up is done")))
			.andExpect(content().string(not(containsString("Operator token"))));
	}

	@Test
	void setupWhenTokenWrongThenRefusedAndNothingCreated() throws Exception {
		this.mvc.perform(setup("fiop_not-the-right-token-at-all-0123456789abcdef", "riley", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a valid operator token")));

		assertThat(this.accounts.setupDone()).isFalse();
	}

	@Test
	void setupWhenPasswordsDifferThenRefused() throws Exception {
		this.mvc
			.perform(post("/operator/setup").with(csrf())
				.param("token", LiveServiceTests.OPERATOR_TOKEN)
				.param("username", "riley")
				.param("displayName", "Riley")
				.param("password", PASSWORD)
				.param("confirmation", PASSWORD + "!"))
			.andExpect(content().string(containsString("not the same")));

		assertThat(this.accounts.setupDone()).isFalse();
	}

	@Test
	void setupWhenPasswordShortThenRefused() throws Exception {
		this.mvc.perform(setup(LiveServiceTests.OPERATOR_TOKEN, "riley", "short"))
			.andExpect(content().string(containsString("at least 12 characters")));

		assertThat(this.accounts.setupDone()).isFalse();
	}

	@Test
	void createWhenPasswordGivenThenStoredAsArgon2() {
		OperatorAccount account = this.accounts.create("riley", "Riley", PASSWORD);

		String hash = this.dsl.select(DSL.field("password_hash", String.class))
			.from(DSL.table("operator_account"))
			.where(DSL.field("id", UUID.class).eq(account.id()))
			.fetchOne(0, String.class);
		assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}").doesNotContain(PASSWORD);
	}

	@Test
	void createWhenUsernameTakenIgnoringCaseThenRefused() {
		this.accounts.create("Riley", "Riley", PASSWORD);

		assertThat(catchThrowable(() -> this.accounts.create("riley", "R", PASSWORD)))
			.isInstanceOf(OperatorAccountException.class)
			.hasMessageContaining("taken");
	}

	@Test
	void signInWhenPasswordRightThenSignedInWithNewSessionId() throws Exception {
		this.accounts.create("riley", "Riley Operator", PASSWORD);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = this.mvc.perform(signIn("RILEY", PASSWORD).session(session))
			.andExpect(redirectedUrl("/operator"))
			.andExpect(authenticated().withUsername("riley"))
			.andReturn();

		assertThat(result.getRequest().getSession(false)).isNotNull();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		assertThat(this.accounts.list().get(0).lastSignedInAt()).isNotNull();
	}

	@Test
	void signInWhenPasswordRightThenRecordedInAuditLog() throws Exception {
		OperatorAccount account = this.accounts.create("riley", "Riley Operator", PASSWORD);

		this.mvc.perform(signIn("riley", PASSWORD)).andExpect(authenticated());

		assertThat(this.dsl.fetchCount(DSL.table("audit_log"),
				DSL.field("actor_id", String.class)
					.eq(account.id().toString())
					.and(DSL.field("action", String.class).eq("operator.signed-in"))))
			.isEqualTo(1);
	}

	@Test
	void setupWhenFirstAccountCreatedThenRecordedInAuditLog() throws Exception {
		this.mvc.perform(setup(LiveServiceTests.OPERATOR_TOKEN, "riley", PASSWORD))
			.andExpect(redirectedUrl("/operator/sign-in?setup"));

		OperatorAccount riley = this.accounts.list().get(0);
		assertThat(actionsBy(riley)).containsExactly("operator-account.set-up");
	}

	@Test
	void accountsWhenChangedThenEachChangeRecordedWithoutThePassword() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley Operator", PASSWORD);
		createSam(riley).andExpect(flash().attribute("message", "Created the account sam."));
		UUID sam = this.accounts.list()
			.stream()
			.filter((account) -> account.username().equals("sam"))
			.findFirst()
			.orElseThrow()
			.id();

		this.mvc.perform(post("/operator/accounts/" + sam + "/disable").with(as(riley)).with(csrf()));
		this.mvc.perform(post("/operator/accounts/" + sam + "/enable").with(as(riley)).with(csrf()));
		this.mvc.perform(post("/operator/accounts/" + sam + "/password").with(as(riley))
			.with(csrf())
			.param("password", "a third long password")
			.param("confirmation", "a third long password"));
		this.mvc.perform(post("/operator/accounts/" + riley.id() + "/disable").with(as(riley)).with(csrf()));

		assertThat(actionsBy(riley)).containsExactly("operator-account.created", "operator-account.disabled",
				"operator-account.enabled", "operator-account.password-reset");
		assertThat(this.dsl.fetch("select target, detail from audit_log").formatCSV())
			.doesNotContain("another long password", "a third long password")
			.contains(sam.toString(), "username sam");
	}

	@Test
	void accountsWhenDisabledTwiceThenRecordedOnce() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley Operator", PASSWORD);
		OperatorAccount sam = this.accounts.create("sam", "Sam Operator", PASSWORD);

		this.mvc.perform(post("/operator/accounts/" + sam.id() + "/disable").with(as(riley)).with(csrf()));
		this.mvc.perform(post("/operator/accounts/" + sam.id() + "/disable").with(as(riley)).with(csrf()));

		assertThat(actionsBy(riley)).containsExactly("operator-account.disabled");
	}

	@Test
	void signInWhenPasswordWrongThenGenericError() throws Exception {
		this.accounts.create("riley", "Riley", PASSWORD);

		this.mvc.perform(signIn("riley", "wrong password!!"))
			.andExpect(redirectedUrl("/operator/sign-in?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void signInWhenUserUnknownThenSameGenericError() throws Exception {
		this.mvc.perform(signIn("nobody", PASSWORD))
			.andExpect(redirectedUrl("/operator/sign-in?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void signInWhenAccountDisabledThenSameGenericError() throws Exception {
		OperatorAccount account = this.accounts.create("riley", "Riley", PASSWORD);
		OperatorAccount other = this.accounts.create("sam", "Sam", PASSWORD);
		this.accounts.setEnabled(account.id(), false, other.id());

		this.mvc.perform(signIn("riley", PASSWORD))
			.andExpect(redirectedUrl("/operator/sign-in?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void signInPageWhenErrorThenSaysNothingAboutWhichPartWasWrong() throws Exception {
		this.mvc.perform(get("/operator/sign-in?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The user name or password is not right")));
	}

	@Test
	void accountsWhenSignedInThenListsAccounts() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley Operator", PASSWORD);
		this.accounts.create("sam", "Sam Operator", PASSWORD);

		this.mvc.perform(get("/operator/accounts").with(as(riley)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riley Operator")))
			.andExpect(content().string(containsString("Sam Operator")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}

	@Test
	void accountsCreateWhenValidThenAccountCanSignIn() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);

		createSam(riley).andExpect(redirectedUrl("/operator/accounts"))
			.andExpect(flash().attribute("message", "Created the account sam."));

		this.mvc.perform(signIn("sam", "another long password")).andExpect(authenticated());
	}

	@Test
	void accountsDisableWhenOwnAccountThenRefused() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);

		this.mvc.perform(post("/operator/accounts/" + riley.id() + "/disable").with(as(riley)).with(csrf()))
			.andExpect(flash().attribute("error", "You cannot disable your own account."));

		assertThat(this.accounts.find(riley.id()))
			.hasValueSatisfying((account) -> assertThat(account.enabled()).isTrue());
	}

	@Test
	void accountsDisableWhenOtherAccountThenItCannotSignIn() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);
		OperatorAccount sam = this.accounts.create("sam", "Sam", PASSWORD);

		this.mvc.perform(post("/operator/accounts/" + sam.id() + "/disable").with(as(riley)).with(csrf()))
			.andExpect(redirectedUrl("/operator/accounts"));

		this.mvc.perform(signIn("sam", PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void accountsEnableWhenDisabledThenItCanSignInAgain() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);
		OperatorAccount sam = this.accounts.create("sam", "Sam", PASSWORD);
		this.accounts.setEnabled(sam.id(), false, riley.id());

		this.mvc.perform(post("/operator/accounts/" + sam.id() + "/enable").with(as(riley)).with(csrf()))
			.andExpect(redirectedUrl("/operator/accounts"));

		this.mvc.perform(signIn("sam", PASSWORD)).andExpect(authenticated());
	}

	@Test
	void accountsResetPasswordWhenValidThenOnlyNewPasswordWorks() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);
		OperatorAccount sam = this.accounts.create("sam", "Sam", PASSWORD);

		this.mvc
			.perform(post("/operator/accounts/" + sam.id() + "/password").with(as(riley))
				.with(csrf())
				.param("password", "a brand new password")
				.param("confirmation", "a brand new password"))
			.andExpect(flash().attribute("message", "Set a new password."));

		this.mvc.perform(signIn("sam", PASSWORD)).andExpect(unauthenticated());
		this.mvc.perform(signIn("sam", "a brand new password")).andExpect(authenticated());
	}

	@Test
	void consoleWhenAccountDisabledAfterSignInThenSignedOut() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);
		OperatorAccount sam = this.accounts.create("sam", "Sam", PASSWORD);
		MockHttpSession session = (MockHttpSession) this.mvc.perform(signIn("sam", PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
		this.accounts.setEnabled(sam.id(), false, riley.id());

		this.mvc.perform(get("/operator/accounts").session(session)).andExpect(redirectedUrl("/operator/sign-in"));
	}

	@Test
	void accountsWhenPostedWithoutCsrfTokenThenForbidden() throws Exception {
		OperatorAccount riley = this.accounts.create("riley", "Riley", PASSWORD);

		this.mvc.perform(post("/operator/accounts").with(as(riley)).param("username", "sam"))
			.andExpect(status().isForbidden());

		assertThat(this.accounts.list()).hasSize(1);
	}

	/**
	 * Creates the account sam, password "another long password", on the accounts page.
	 */
	private ResultActions createSam(OperatorAccount by) throws Exception {
		return this.mvc.perform(post("/operator/accounts").with(as(by))
			.with(csrf())
			.param("username", "sam")
			.param("displayName", "Sam")
			.param("password", "another long password")
			.param("confirmation", "another long password"));
	}

	private List<String> actionsBy(OperatorAccount actor) {
		return this.dsl.select(DSL.field("action", String.class))
			.from(DSL.table("audit_log"))
			.where(DSL.field("actor_id", String.class).eq(actor.id().toString()))
			.and(DSL.field("action", String.class).startsWith("operator-account."))
			.orderBy(DSL.field("occurred_at"), DSL.field("id"))
			.fetch(DSL.field("action", String.class));
	}

	private static MockHttpServletRequestBuilder setup(String token, String username, String password) {
		return post("/operator/setup").with(csrf())
			.param("token", token)
			.param("username", username)
			.param("displayName", "Riley Operator")
			.param("password", password)
			.param("confirmation", password);
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/operator/sign-in").with(csrf()).param("username", username).param("password", password);
	}

	private static RequestPostProcessor as(OperatorAccount account) {
		ConsoleOperator operator = new ConsoleOperator(account.id(), account.username(), account.displayName(), null,
				true);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(operator, null, operator.getAuthorities()));
	}

}
