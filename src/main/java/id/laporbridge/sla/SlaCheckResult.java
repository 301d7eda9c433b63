package id.laporbridge.sla;

/** Counts of one SLA check: complaints whose clocks were recomputed and lines written to the SLA log. */
public record SlaCheckResult(int recomputed, int dueSoonAlerts, int breachAlerts, int lateEndNotes) {
}
