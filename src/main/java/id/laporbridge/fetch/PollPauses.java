package id.laporbridge.fetch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pauses that upstreams request with Retry-After on a listing call. While a source is paused, its polls skip
 * every listing call. A pause is the exact Retry-After time on the bridge clock, without jitter. Bound as bean
 * {@value #BEAN}.
 */
public final class PollPauses {

    public static final String BEAN = "pollPauses";

    private static final Logger LOG = LoggerFactory.getLogger(PollPauses.class);

    private final Clock clock;
    private final Map<String, Pause> pauses = new ConcurrentHashMap<>();

    public PollPauses(Clock clock) {
        this.clock = clock;
    }

    /**
     * Pauses the polls of {@code source} for {@code delay} from now. A pause already running ends at the later of
     * the two times. {@code attempt} counts the failed polls in a row, and {@code cause} describes the failure.
     */
    public void pause(String source, String listing, Duration delay, int attempt, String cause) {
        Instant now = clock.instant();
        Pause requested = new Pause(now, now.plus(delay));
        Pause effective = pauses.merge(source, requested,
                (running, added) -> added.until().isAfter(running.until()) ? added : running);
        LOG.warn("Poll paused by Retry-After source={} listing={} attempt={} delayMs={} resumeAt={} cause=\"{}\"",
                source, listing, attempt, delay.toMillis(), effective.until(), cause);
    }

    /** Returns false while a pause of {@code source} runs, and logs once when a pause has ended. */
    public boolean mayPoll(String source) {
        Pause pause = pauses.get(source);
        if (pause == null) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isBefore(pause.until())) {
            return false;
        }
        if (pauses.remove(source, pause)) {
            LOG.info("Poll resumes after Retry-After source={} pausedMs={}", source,
                    Duration.between(pause.from(), now).toMillis());
        }
        return true;
    }

    private record Pause(Instant from, Instant until) {
    }
}
