package energy.foundation.identity.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves the page a browser test failed on as the scenario's last screenshot, then lets
 * the failure go on as it was.
 */
class FailureScreenshots implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		snap(context, failure);
		throw failure;
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		snap(context, failure);
		throw failure;
	}

	@Override
	public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		snap(context, failure);
		throw failure;
	}

	private static void snap(ExtensionContext context, Throwable failure) {
		if (context.getTestInstance().orElse(null) instanceof BrowserTests tests && tests.browser() != null) {
			try {
				tests.browser().snap("failure");
			}
			catch (RuntimeException ex) {
				// a browser that died cannot draw its page; the test's own
				// failure says more
				failure.addSuppressed(ex);
			}
		}
	}

}
