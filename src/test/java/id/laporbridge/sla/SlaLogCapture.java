package id.laporbridge.sla;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.slf4j.LoggerFactory;

import java.util.List;

/** Captures what is logged to the {@code lapor-bridge.sla} logger until {@link #close()}. */
public final class SlaLogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SlaLog.LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public SlaLogCapture() {
        appender.start();
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }

    public List<ILoggingEvent> events(Level level) {
        return List.copyOf(appender.list).stream().filter(event -> event.getLevel() == level).toList();
    }

    public List<String> messages(Level level) {
        return events(level).stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
