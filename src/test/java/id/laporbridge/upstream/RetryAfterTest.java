package id.laporbridge.upstream;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void secondsAreReadAsGiven() {
        assertThat(UpstreamReplies.retryAfterSeconds("120", NOW)).isEqualTo(120);
        assertThat(UpstreamReplies.retryAfterSeconds(" 5 ", NOW)).isEqualTo(5);
    }

    @Test
    void httpDateBecomesSecondsFromNow() {
        assertThat(UpstreamReplies.retryAfterSeconds("Fri, 04 Dec 2026 08:01:30 GMT", NOW)).isEqualTo(90);
    }

    @Test
    void httpDateInThePastMeansNoWait() {
        assertThat(UpstreamReplies.retryAfterSeconds("Fri, 04 Dec 2026 07:59:00 GMT", NOW)).isZero();
    }

    @Test
    void missingOrUnreadableValueIsNull() {
        assertThat(UpstreamReplies.retryAfterSeconds(null, NOW)).isNull();
        assertThat(UpstreamReplies.retryAfterSeconds("", NOW)).isNull();
        assertThat(UpstreamReplies.retryAfterSeconds("soon", NOW)).isNull();
    }
}
