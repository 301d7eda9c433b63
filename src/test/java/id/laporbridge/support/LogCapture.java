package id.laporbridge.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Captures the events that the logger of one class writes, until {@link #close()}. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture(Class<?> source) {
        this((Logger) LoggerFactory.getLogger(source));
    }

    private LogCapture(Logger logger) {
        this.logger = logger;
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures the events of every logger, at the levels the logging configuration lets through. */
    public static LogCapture everything() {
        return new LogCapture((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
    }

    /** Returns each formatted message followed by the messages of its exception and causes, oldest first. */
    public List<String> texts() {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        List<String> texts = new java.util.ArrayList<>();
        for (ILoggingEvent event : events) {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                texts.add(cause.getClassName() + ": " + cause.getMessage());
            }
        }
        return texts;
    }

    /** Returns the stack frames of each logged exception, as text, oldest event first. */
    public List<List<String>> stackTraces() {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream().filter(event -> event.getThrowableProxy() != null)
                .map(event -> java.util.Arrays.stream(event.getThrowableProxy().getStackTraceElementProxyArray())
                        .map(frame -> frame.getStackTraceElement().toString()).toList())
                .toList();
    }

    /** Returns the formatted messages at {@code level} that start with {@code prefix}, oldest first. */
    public List<String> messages(Level level, String prefix) {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream()
                .filter(event -> event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.startsWith(prefix))
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
