package energy.foundation.identity.operator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /operator/accounts}: the operators' own accounts. Operators create accounts for
 * each other, disable and enable them, and reset passwords; nobody can disable their own
 * account.
 */
@Controller
class OperatorAccountsController {

	private static final String PAGE = "/operator/accounts";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final OperatorAccounts accounts;

	private final ConsoleAudit audit;

	OperatorAccountsController(OperatorAccounts accounts, ConsoleAudit audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal ConsoleOperator operator, Model model) {
		List<Row> rows = this.accounts.list().stream().map((account) -> Row.of(account, operator)).toList();
		model.addAttribute("accounts", rows);
		return "operator/accounts";
	}

	@PostMapping(PAGE)
	String create(AccountForm form, @AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			OperatorAccount account = this.accounts.create(form.usernameText(), form.displayNameText(),
					form.confirmedPassword());
			this.audit.record(operator, request, null, "operator-account.created", account.id().toString(),
					"username " + account.username());
			return "Created the account " + account.username() + ".";
		});
	}

	@PostMapping(PAGE + "/{id}/disable")
	String disable(@PathVariable UUID id, @AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			setEnabled(id, false, operator, request);
			return "Disabled the account.";
		});
	}

	@PostMapping(PAGE + "/{id}/enable")
	String enable(@PathVariable UUID id, @AuthenticationPrincipal ConsoleOperator operator, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			setEnabled(id, true, operator, request);
			return "Enabled the account.";
		});
	}

	@PostMapping(PAGE + "/{id}/password")
	String resetPassword(@PathVariable UUID id, AccountForm form, @AuthenticationPrincipal ConsoleOperator operator,
			HttpServletRequest request, RedirectAttributes redirect) {
		return act(redirect, () -> {
			this.accounts.resetPassword(id, form.confirmedPassword());
			// the password itself is never recorded
			this.audit.record(operator, request, null, "operator-account.password-reset", id.toString(), null);
			return "Set a new password.";
		});
	}

	private void setEnabled(UUID id, boolean enabled, ConsoleOperator operator, HttpServletRequest request) {
		boolean before = this.accounts.find(id).map(OperatorAccount::enabled).orElse(!enabled);
		this.accounts.setEnabled(id, enabled, operator.accountId());
		if (before != enabled) {
			this.audit.record(operator, request, null,
					enabled ? "operator-account.enabled" : "operator-account.disabled", id.toString(), null);
		}
	}

	private static String act(RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("message", action.run());
		}
		catch (OperatorAccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + PAGE;
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

	/**
	 * One line of the accounts table.
	 */
	record Row(UUID id, String username, String displayName, boolean enabled, String created, String lastSignIn,
			boolean self) {

		static Row of(OperatorAccount account, ConsoleOperator operator) {
			return new Row(account.id(), account.username(), account.displayName(), account.enabled(),
					format(account.createdAt()), format(account.lastSignedInAt()),
					account.id().equals(operator.accountId()));
		}

		private static String format(@Nullable Instant instant) {
			return (instant != null) ? TIME.format(instant) : "never";
		}

	}

}
