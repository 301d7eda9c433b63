package id.laporbridge.mock;

import java.time.Instant;
import java.util.Map;

/**
 * One request that the mock received and the HTTP status of its response.
 *
 * <p>For SP4N, {@code params} holds the form fields and {@code body} is null. For Lapor Bantul,
 * {@code params} holds the query parameters, and {@code body} holds the JSON body as text or null
 * when there was none. Secrets are masked as {@link #MASK}: the {@code KEYTOKEN} field, the
 * {@code client_secret} in a token request, and the bearer token. A Lapor Bantul call that sent an
 * {@code Authorization} header has an {@code Authorization} entry in {@code params}.
 * {@code receivedAt} is the mock clock's time when the request arrived.
 */
public record RecordedCall(String method, String path, Map<String, String> params, String body, int status,
        Instant receivedAt) {

    /** The text that replaces a secret value. */
    public static final String MASK = "***";

    public RecordedCall {
        params = Map.copyOf(params);
    }
}
