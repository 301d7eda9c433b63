package id.laporbridge.report;

/**
 * Complaints received in the period by one scope, by source and by where they stand now. An SP4N-LAPOR! complaint
 * and the Lapor Bantul aduan mirrored from it count once, under SP4N-LAPOR!.
 *
 * @param duplicates complaints that repeat an earlier one (duplicate links only, each complaint counted once)
 */
public record ComplaintCounts(Scope scope, int laporBantul, int sp4n, int answered, int open, int routed,
                              int rejected, int duplicates) {

    public int received() {
        return laporBantul + sp4n;
    }
}
