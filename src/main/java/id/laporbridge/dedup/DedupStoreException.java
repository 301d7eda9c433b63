package id.laporbridge.dedup;

/** A failed read or write of the duplicate index or its links. */
public final class DedupStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DedupStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
