package id.laporbridge.store;

/** A failure of the local store; the bridge retries the stage that met it on its next run. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
