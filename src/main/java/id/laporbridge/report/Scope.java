package id.laporbridge.report;

/**
 * Who a row of the report is about: one OPD by its Lapor Bantul kode, or the whole regency when {@code opdCode} is
 * null.
 */
public record Scope(String opdCode) implements Comparable<Scope> {

    public static final Scope REGENCY = new Scope(null);

    public static Scope opd(String opdCode) {
        return new Scope(opdCode);
    }

    public boolean isRegency() {
        return opdCode == null;
    }

    /** Orders the regency first, then OPDs by kode. */
    @Override
    public int compareTo(Scope other) {
        if (isRegency() || other.isRegency()) {
            return Boolean.compare(other.isRegency(), isRegency());
        }
        return opdCode.compareTo(other.opdCode);
    }
}
