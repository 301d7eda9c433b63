package id.laporbridge.cli;

/** The H2 store file is open in another process, usually the running bridge. */
final class StoreInUseException extends RuntimeException {

    StoreInUseException(String jdbcUrl, Throwable cause) {
        super("the store " + jdbcUrl + " is in use by another process, usually the running bridge. "
                + "Stop the bridge, run this command again, then start the bridge.", cause);
    }
}
