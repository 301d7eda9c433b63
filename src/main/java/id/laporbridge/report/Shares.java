package id.laporbridge.report;

/** Shares as fractions between 0 and 1. */
final class Shares {

    private Shares() {
    }

    /** Returns {@code part / whole}, or null when {@code whole} is zero. */
    static Double of(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
