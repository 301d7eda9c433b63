package id.laporbridge.report;

/** Complaints received in the period by one scope in one category, by source. */
public record CategoryCount(Scope scope, String category, int laporBantul, int sp4n) {

    public int received() {
        return laporBantul + sp4n;
    }
}
