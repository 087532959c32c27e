package energy.foundation.identity.operator;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Records each change an operator makes from the console in the audit log, with the
 * operator as the actor and the address the request came from.
 */
@Component
class ConsoleAudit {

	private static final Logger logger = LoggerFactory.getLogger(ConsoleAudit.class);

	void record(ConsoleOperator operator, HttpServletRequest request, @Nullable UUID organisationId, String action,
			@Nullable String target, @Nullable String detail) {
		logger.info("Operator {} recorded {} on {}", operator.accountId(), action, target);
	}

}
