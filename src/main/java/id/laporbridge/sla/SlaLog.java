package id.laporbridge.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log the Tim Pelaksana watch for late steps and calendar gaps. */
public final class SlaLog {

    /** Name of the SLF4J logger; the logback configuration routes it to its own file. */
    public static final String LOGGER_NAME = "lapor-bridge.sla";

    public static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    private SlaLog() {
    }
}
