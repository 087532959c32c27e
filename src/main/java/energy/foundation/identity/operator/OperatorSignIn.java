package energy.foundation.identity.operator;

import java.io.IOException;
import java.net.URI;

import energy.foundation.identity.activity.Actor;
import energy.foundation.identity.activity.ActorKind;
import energy.foundation.identity.activity.AuditEvent;
import energy.foundation.identity.activity.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How support operators sign in to the operator console: a form at
 * {@code /operator/sign-in} checked against their operator accounts. Every refusal
 * (unknown user name, wrong password, disabled account) shows the same message.
 */
@Component
public final class OperatorSignIn {

	/** The sign-in page, which is also where the form posts to. */
	public static final String SIGN_IN_PAGE = "/operator/sign-in";

	private static final String CONSOLE = "/operator";

	private final OperatorAccounts accounts;

	private final AuditLog auditLog;

	OperatorSignIn(OperatorAccounts accounts, AuditLog auditLog) {
		this.accounts = accounts;
		this.auditLog = auditLog;
	}

	/**
	 * Checks user name and password against the operator accounts.
	 */
	public AuthenticationProvider authenticationProvider() {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this.accounts::loadForSignIn);
		provider.setPasswordEncoder(this.accounts.passwordEncoder());
		return provider;
	}

	/**
	 * Sets up the sign-in form.
	 */
	public void configure(FormLoginConfigurer<HttpSecurity> form) {
		form.loginPage(SIGN_IN_PAGE)
			.loginProcessingUrl(SIGN_IN_PAGE)
			.failureUrl(SIGN_IN_PAGE + "?error")
			.successHandler(new SignedInHandler(this.accounts, this.auditLog))
			.permitAll();
	}

	/**
	 * Ends the session of an operator whose account was disabled since signing in: the
	 * next request finds it signed out. (Accounts are never deleted, only disabled.)
	 */
	public OncePerRequestFilter disabledAccountFilter() {
		return new DisabledAccountRequestFilter(this.accounts);
	}

	private static final class SignedInHandler implements AuthenticationSuccessHandler {

		private final OperatorAccounts accounts;

		private final AuditLog auditLog;

		private final RequestCache requestCache = new HttpSessionRequestCache();

		SignedInHandler(OperatorAccounts accounts, AuditLog auditLog) {
			this.accounts = accounts;
			this.auditLog = auditLog;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			if (authentication.getPrincipal() instanceof ConsoleOperator operator) {
				this.accounts.recordSignIn(operator.accountId());
				Actor actor = new Actor(ActorKind.OPERATOR, operator.accountId().toString(), operator.displayName(),
						request.getRemoteAddr());
				this.auditLog.record(new AuditEvent(actor, null, "operator.signed-in", null, null));
			}
			SavedRequest saved = this.requestCache.getRequest(request, response);
			this.requestCache.removeRequest(request, response);
			// Back to the console page that asked for sign-in, never to a tenant admin
			// page
			// someone started from before.
			if (saved != null && String.valueOf(URI.create(saved.getRedirectUrl()).getRawPath())
				.startsWith(request.getContextPath() + CONSOLE + "/")) {
				response.sendRedirect(saved.getRedirectUrl());
			}
			else {
				response.sendRedirect(request.getContextPath() + CONSOLE);
			}
		}

	}

	private static final class DisabledAccountRequestFilter extends OncePerRequestFilter {

		private final OperatorAccounts accounts;

		DisabledAccountRequestFilter(OperatorAccounts accounts) {
			this.accounts = accounts;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof ConsoleOperator operator
					&& this.accounts.isDisabled(operator.accountId())) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			chain.doFilter(request, response);
		}

	}

}
