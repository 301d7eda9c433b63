package id.laporbridge.health;

import id.laporbridge.fetch.SourceHealth;
import org.apache.camel.CamelContext;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the source health from the bean bound as {@code sourceHealth} at each call, so that a configuration reload,
 * which binds a new bean, is followed.
 */
final class RegistrySourceStates implements SourceStates {

    private final CamelContext context;

    RegistrySourceStates(CamelContext context) {
        this.context = context;
    }

    private SourceHealth health() {
        return context.getRegistry().lookupByNameAndType(SourceHealth.BEAN, SourceHealth.class);
    }

    @Override
    public Set<String> sources() {
        return health().sources();
    }

    @Override
    public Optional<Instant> lastGoodPollAt(String source) {
        return health().lastGoodPollAt(source);
    }

    @Override
    public int consecutiveFailures(String source) {
        return health().consecutiveFailures(source);
    }

    @Override
    public boolean healthy(String source) {
        return health().healthy(source);
    }

    @Override
    public boolean stale(String source) {
        return health().stale(source);
    }
}
