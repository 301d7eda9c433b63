package id.laporbridge.report;

import java.util.Set;

/** Where a complaint stands now, from the canonical stages of {@code config/status-map.yaml}. */
enum Disposition {
    ANSWERED, REJECTED, ROUTED, OPEN;

    private static final Set<String> ANSWERED_STAGES = Set.of("answered", "reporter_replied", "closed");
    private static final Set<String> REJECTED_STAGES = Set.of("rejected", "archived");
    private static final Set<String> ROUTED_STAGES = Set.of("routed", "not_authority");

    static Disposition ofStage(String stage) {
        if (ANSWERED_STAGES.contains(stage)) {
            return ANSWERED;
        }
        if (REJECTED_STAGES.contains(stage)) {
            return REJECTED;
        }
        return ROUTED_STAGES.contains(stage) ? ROUTED : OPEN;
    }

    /**
     * Combines the two sides of an SP4N-LAPOR! complaint and its Lapor Bantul aduan: answered on either side wins,
     * then rejected, then routed elsewhere, so the pair is open only when both sides are.
     */
    Disposition combine(Disposition other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
