package id.laporbridge.report;

import java.time.Instant;

/**
 * One SLA clock that counts in the period: it ended in the period, or it is still running and its deadline passed in
 * the period.
 *
 * @param opdCode the OPD kode stored with the clock, else the complaint's current OPD
 * @param endedAt null while the clock runs
 */
record ClockRow(String ruleId, String opdCode, Instant startedAt, Instant deadline, Instant endedAt, boolean late,
                String source, String complaintNumber) {

    /** Returns when the clock counts: when it ended, or its deadline while it runs. */
    Instant countedAt() {
        return endedAt == null ? deadline : endedAt;
    }
}
