package id.laporbridge.mock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One failure the mock can inject into a call, built with the static factories. A fault that replaces the reply
 * ({@link #status}, {@link #errorBody}, {@link #malformedJson}, {@link #connectionReset}, {@link #noReply}) leaves
 * the data untouched unless {@link #afterApplying()} is set, which carries the call out first, as when an upstream
 * stores a change and its reply is then lost. The other faults always carry the call out and change how the reply
 * travels.
 */
public final class MockFault {

    /** Time a reply is held back for a call that gets no reply, far above any client read timeout. */
    static final Duration NO_REPLY_HOLD = Duration.ofMinutes(10);

    private enum Kind { STATUS, ERROR_BODY, MALFORMED_JSON, CONNECTION_RESET, NO_REPLY, DELAY, STALLED_BODY,
        INVALID_UTF8 }

    private final Kind kind;
    private final int status;
    private final Duration duration;
    private final String marker;
    private final boolean afterApplying;

    private MockFault(Kind kind, int status, Duration duration, String marker, boolean afterApplying) {
        this.kind = kind;
        this.status = status;
        this.duration = duration;
        this.marker = marker;
        this.afterApplying = afterApplying;
    }

    /** Responds with a 4xx or 5xx status and the SP4N error body; a 429 carries {@code Retry-After: 1}. */
    public static MockFault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected failure needs a 4xx or 5xx status, got " + status);
        }
        return new MockFault(Kind.STATUS, status, Duration.ofSeconds(1), null, false);
    }

    /** Responds with 429 with {@code Retry-After} set to the given seconds. */
    public static MockFault rateLimited(int retryAfterSeconds) {
        return new MockFault(Kind.STATUS, 429, Duration.ofSeconds(retryAfterSeconds), null, false);
    }

    /** Responds with HTTP 200 and {@code {"status":"error","message":…}}, as older government APIs do. */
    public static MockFault errorBody() {
        return new MockFault(Kind.ERROR_BODY, 200, null, null, false);
    }

    /** Responds with HTTP 200 and a body cut off in the middle of a JSON value. */
    public static MockFault malformedJson() {
        return new MockFault(Kind.MALFORMED_JSON, 200, null, null, false);
    }

    /** Resets the TCP connection in place of a response. */
    public static MockFault connectionReset() {
        return new MockFault(Kind.CONNECTION_RESET, 0, null, null, false);
    }

    /** Accepts the request and delays the response by ten minutes, so the client times out. */
    public static MockFault noReply() {
        return new MockFault(Kind.NO_REPLY, 504, NO_REPLY_HOLD, null, false);
    }

    /** Responds normally after {@code delay}. */
    public static MockFault delay(Duration delay) {
        return new MockFault(Kind.DELAY, 0, Objects.requireNonNull(delay, "delay"), null, true);
    }

    /** Sends the status, the headers and leading whitespace at once, and the JSON body after {@code pause}. */
    public static MockFault stalledBody(Duration pause) {
        return new MockFault(Kind.STALLED_BODY, 0, Objects.requireNonNull(pause, "pause"), null, true);
    }

    /** Responds normally, but with the UTF-8 bytes of {@code marker} in the body replaced by invalid UTF-8. */
    public static MockFault invalidUtf8(String marker) {
        if (marker == null || marker.isEmpty()) {
            throw new IllegalArgumentException("invalidUtf8 needs a non-empty marker text");
        }
        return new MockFault(Kind.INVALID_UTF8, 0, null, marker, true);
    }

    /** Returns this fault with the call carried out before the fault replaces its reply. */
    public MockFault afterApplying() {
        return new MockFault(kind, status, duration, marker, true);
    }

    /** Returns the reply to send: the handler's reply changed by this fault, or the fault's own reply. */
    Reply respond(Supplier<Reply> handler) {
        Reply handled = afterApplying ? handler.get() : null;
        return switch (kind) {
            case STATUS -> statusReply();
            case ERROR_BODY -> Reply.sp4nError(200, "injected error reply");
            case MALFORMED_JSON -> new Reply(200, null).travelling(Reply.Transport.raw(
                    "{\"status\":\"ok\",\"data\":[{\"id\":".getBytes(StandardCharsets.UTF_8)));
            case CONNECTION_RESET -> new Reply(0, null).travelling(Reply.Transport.reset());
            case NO_REPLY -> Reply.sp4nError(status, "late reply of an injected hang")
                    .travelling(Reply.Transport.delayed(millis()));
            case DELAY -> handled.travelling(Reply.Transport.delayed(millis()));
            case STALLED_BODY -> handled.travelling(Reply.Transport.stalled(millis()));
            case INVALID_UTF8 -> handled.travelling(Reply.Transport.raw(InvalidUtf8.replace(handled, marker)));
        };
    }

    private Reply statusReply() {
        Reply error = Reply.sp4nError(status, "injected failure with HTTP " + status);
        if (status == 429) {
            return new Reply(status, error.body(), Map.of("Retry-After", Long.toString(duration.toSeconds())));
        }
        return error;
    }

    private int millis() {
        return Math.toIntExact(duration.toMillis());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + (afterApplying ? " after applying" : "");
    }
}
