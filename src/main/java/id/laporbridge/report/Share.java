package id.laporbridge.report;

/** A table cell holding a share, as a fraction between 0 and 1, shown as a percentage. */
public record Share(double fraction) {

    /** Returns the share, or null when {@code fraction} is null because nothing was counted. */
    static Share of(Double fraction) {
        return fraction == null ? null : new Share(fraction);
    }
}
