package id.laporbridge.fetch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health of each polled source ({@code sp4n}, {@code lapor-bantul}). A source is unhealthy after a number of
 * failed listing polls in a row, and stale when it delivered no new or changed record for a span of working time.
 * Both states log WARN on entering and INFO on clearing, and a {@link RecoveryListener} is called when an unhealthy
 * source polls successfully again. Bound as bean {@value #BEAN}.
 */
public final class SourceHealth {

    public static final String BEAN = "sourceHealth";

    private static final Logger LOG = LoggerFactory.getLogger(SourceHealth.class);

    /** Working time between two instants, as the working calendar counts it. */
    @FunctionalInterface
    public interface WorkingTimeMeasure {
        Duration between(Instant from, Instant to);
    }

    /** Receives the name of a source whose poll succeeded after the source was unhealthy. */
    @FunctionalInterface
    public interface RecoveryListener {
        void recovered(String source);
    }

    private final Clock clock;
    private final WorkingTimeMeasure workingTime;
    private final Duration staleAfter;
    private final int unhealthyAfter;
    private final Instant startedAt;
    private final Map<String, SourceState> states = new ConcurrentHashMap<>();
    private volatile RecoveryListener recoveryListener = source -> { };

    public SourceHealth(Clock clock, WorkingTimeMeasure workingTime, Duration staleAfter, int unhealthyAfter) {
        this.clock = clock;
        this.workingTime = workingTime;
        this.staleAfter = staleAfter;
        this.unhealthyAfter = unhealthyAfter;
        this.startedAt = clock.instant();
    }

    /** Sets the listener called when an unhealthy source polls successfully again, replacing the previous one. */
    public void onRecovery(RecoveryListener listener) {
        this.recoveryListener = listener;
    }

    /** Records a listing poll that read every page; {@code newRecords} counts the new and changed records. */
    public void pollSucceeded(String source, long newRecords) {
        SourceState state = state(source);
        boolean recovered;
        synchronized (state) {
            Instant now = clock.instant();
            state.lastGoodPollAt = now;
            if (newRecords > 0) {
                state.lastNewRecordAt = now;
            }
            recovered = state.consecutiveFailures >= unhealthyAfter;
            if (recovered) {
                LOG.info("Source healthy again source={} failedPollsBefore={}", source, state.consecutiveFailures);
            }
            state.consecutiveFailures = 0;
            updateStale(source, state);
        }
        if (recovered) {
            recoveryListener.recovered(source);
        }
    }

    /** Records a listing poll that failed before its last page. */
    public void pollFailed(String source) {
        SourceState state = state(source);
        synchronized (state) {
            state.consecutiveFailures++;
            if (state.consecutiveFailures == unhealthyAfter) {
                LOG.warn("Source unhealthy, polls go on at their interval source={} consecutiveFailures={} "
                        + "lastGoodPollAt={}", source, state.consecutiveFailures, state.lastGoodPollAt);
            }
            updateStale(source, state);
        }
    }

    /** Returns the sources seen so far. */
    public Set<String> sources() {
        return new TreeSet<>(states.keySet());
    }

    /** Returns when the last poll of the source read every page; empty before the first such poll. */
    public Optional<Instant> lastGoodPollAt(String source) {
        SourceState state = state(source);
        synchronized (state) {
            return Optional.ofNullable(state.lastGoodPollAt);
        }
    }

    public int consecutiveFailures(String source) {
        SourceState state = state(source);
        synchronized (state) {
            return state.consecutiveFailures;
        }
    }

    /** Returns false after the configured number of failed polls in a row, until a poll succeeds. */
    public boolean healthy(String source) {
        return consecutiveFailures(source) < unhealthyAfter;
    }

    /** Returns true when the source delivered nothing new for the configured working time. */
    public boolean stale(String source) {
        SourceState state = state(source);
        synchronized (state) {
            return isStale(state);
        }
    }

    private void updateStale(String source, SourceState state) {
        boolean stale = isStale(state);
        if (stale && !state.reportedStale) {
            LOG.warn("Source stale, nothing new for the configured working time source={} lastNewRecordAt={} "
                    + "staleAfterWorkingMinutes={}", source, state.lastNewRecordAt, staleAfter.toMinutes());
        } else if (!stale && state.reportedStale) {
            LOG.info("Source delivers again source={} lastNewRecordAt={}", source, state.lastNewRecordAt);
        }
        state.reportedStale = stale;
    }

    private boolean isStale(SourceState state) {
        return workingTime.between(state.lastNewRecordAt, clock.instant()).compareTo(staleAfter) >= 0;
    }

    private SourceState state(String source) {
        return states.computeIfAbsent(source, name -> new SourceState(startedAt));
    }

    /** NOTE: after a restart the quiet time counts from the start, not from the last record stored before it. */
    private static final class SourceState {
        private Instant lastGoodPollAt;
        private Instant lastNewRecordAt;
        private int consecutiveFailures;
        private boolean reportedStale;

        private SourceState(Instant startedAt) {
            this.lastNewRecordAt = startedAt;
        }
    }
}
