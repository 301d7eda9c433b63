package id.laporbridge.mock;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends WireMock's own errors to SLF4J and drops its info messages, because those can carry whole
 * requests and bodies.
 */
final class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void info(String message) {
        // Dropped on purpose: WireMock's info messages may quote request bodies.
    }

    @Override
    public void error(String message) {
        LOG.error("WireMock reported an error: {}", message);
    }

    @Override
    public void error(String message, Throwable cause) {
        LOG.error("WireMock reported an error: {}", message, cause);
    }
}
