package id.laporbridge.sla;

/** Counts of one SLA check: complaints whose clocks were recomputed and alerts written. */
public record SlaCheckResult(int recomputed, int dueSoonAlerts, int breachAlerts) {
}
