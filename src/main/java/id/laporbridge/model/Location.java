package id.laporbridge.model;

/** Where the complaint is about; any part may be null. */
public record Location(String kapanewon, String kalurahan, String address, String lat, String lng) {

    public boolean isEmpty() {
        return kapanewon == null && kalurahan == null && address == null && lat == null && lng == null;
    }
}
