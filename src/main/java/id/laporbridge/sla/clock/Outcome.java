package id.laporbridge.sla.clock;

import java.util.Locale;

/** The state of a clock, stored in lower case. */
public enum Outcome {
    RUNNING, MET, BREACHED, SKIPPED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromDbValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
