package id.laporbridge.mock;

import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a marked reply as status, headers and 64 KiB of leading JSON whitespace at once, then pauses before the
 * JSON itself. WireMock's chunked dribble delay cannot do this because it also waits before the first chunk, so the
 * headers would be late too. The whitespace is larger than the server's output buffer, which makes the server send
 * the headers before the pause.
 */
final class StalledBodies implements ResponseTransformerV2 {

    /** Response header that asks for a stall, in milliseconds; removed before the reply is sent. */
    static final String STALL_HEADER = "X-Mock-Stall-Millis";

    private static final int LEADING_WHITESPACE = 64 * 1024;

    @Override
    public String getName() {
        return "stalled-body";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        HttpHeader stall = response.getHeaders().getHeader(STALL_HEADER);
        if (!stall.isPresent()) {
            return response;
        }
        long pauseMillis = Long.parseLong(stall.firstValue());
        byte[] body = response.getBody();
        HttpHeaders headers = new HttpHeaders(response.getHeaders().all().stream()
                .filter(header -> !header.keyEquals(STALL_HEADER)).toList());
        return Response.Builder.like(response).but().headers(headers).body(new StallingSource(pauseMillis, body)).build();
    }

    /**
     * Opens the body stream. WireMock 3.13 reads the body once for its serve event before it writes the reply, so
     * the first stream comes without a pause and every later one pauses.
     */
    private static final class StallingSource implements InputStreamSource {

        private final long pauseMillis;
        private final byte[] body;
        private final AtomicInteger opened = new AtomicInteger();

        private StallingSource(long pauseMillis, byte[] body) {
            this.pauseMillis = pauseMillis;
            this.body = body;
        }

        @Override
        public InputStream getStream() {
            long pause = opened.getAndIncrement() == 0 ? 0 : pauseMillis;
            return new SequenceInputStream(new ByteArrayInputStream(whitespace()), new PausingStream(pause, body));
        }
    }

    private static byte[] whitespace() {
        byte[] spaces = new byte[LEADING_WHITESPACE];
        Arrays.fill(spaces, (byte) ' ');
        return spaces;
    }

    /** Serves the body after one pause at the first read. */
    private static final class PausingStream extends InputStream {

        private final long pauseMillis;
        private final ByteArrayInputStream body;
        private boolean paused;

        private PausingStream(long pauseMillis, byte[] body) {
            this.pauseMillis = pauseMillis;
            this.body = new ByteArrayInputStream(body);
        }

        @Override
        public int read() throws IOException {
            pauseOnce();
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            pauseOnce();
            return body.read(buffer, offset, length);
        }

        private void pauseOnce() throws InterruptedIOException {
            if (paused) {
                return;
            }
            paused = true;
            if (pauseMillis == 0) {
                return;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stalled body interrupted");
            }
        }
    }
}
