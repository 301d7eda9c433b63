package id.laporbridge.mock;

/** A request value that is missing or invalid, so the handler responds with {@link #status()}. */
final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    InvalidRequestException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    /** Returns the name of the invalid field or parameter. */
    String field() {
        return field;
    }
}
