package id.laporbridge.report;

import java.time.Instant;

/**
 * One SLA clock that missed its deadline.
 *
 * @param complaintNumber the upstream id of the complaint the clock runs on (SP4N-LAPOR! tracking id or Lapor Bantul
 *                        aduan id)
 * @param sopStep         the SOP step number of the rule, or null for another rule
 * @param endedAt         when the clock ended late, or null when it is still running
 */
public record Breach(String complaintNumber, String source, String opdCode, String ruleId, Integer sopStep,
                     Instant deadline, Instant endedAt) {
}
