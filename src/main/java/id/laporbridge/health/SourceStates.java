package id.laporbridge.health;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The poll state of each upstream, as the readiness check and the metrics read it. */
public interface SourceStates {

    Set<String> sources();

    Optional<Instant> lastGoodPollAt(String source);

    int consecutiveFailures(String source);

    /** False after too many polls in a row failed. */
    boolean healthy(String source);

    /** True when the source has delivered nothing new for longer than configured. */
    boolean stale(String source);
}
