package id.laporbridge.sla.rules;

/** How a clock counts its budget. */
public enum ClockKind {
    /** Minutes of the OPD's working time, skipping breaks, weekends, holidays and days off. */
    WORKING_MINUTES("working-minutes"),
    /** Minutes of wall-clock time. */
    CALENDAR_MINUTES("calendar-minutes"),
    /** Whole working days after the start day; the deadline is the end of the last day's working hours. */
    WORKING_DAYS("working-days");

    private final String configName;

    ClockKind(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Returns the kind written as {@code name} in the rules file, or null when there is none. */
    public static ClockKind fromConfigName(String name) {
        for (ClockKind kind : values()) {
            if (kind.configName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
