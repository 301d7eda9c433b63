package id.laporbridge.model;

/** The identity of a reporter who did not file anonymously. Never logged. */
public record Reporter(String name, String email, String phone, String nik) {

    @Override
    public String toString() {
        return "Reporter[redacted]";
    }
}
