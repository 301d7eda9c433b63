package id.laporbridge.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps each upstream's status values to the bridge's canonical stages; loaded from {@code config/status-map.yaml}. */
public final class StatusMap {

    /** The canonical stages a status may map to. */
    public static final Set<String> STAGES = Set.of(
            "filed", "received", "assigned", "in_progress", "answer_review", "answer_approved", "answered",
            "reporter_replied", "closed", "routed", "rejected", "not_authority", "on_hold", "archived");

    /** The stage of a status that the upstream documents and the configuration lists as ignored. */
    public static final String IGNORED = "ignored";

    private final Map<String, Map<String, String>> stagesBySource;
    private final Map<String, List<String>> ignoredBySource;

    public StatusMap(Map<String, Map<String, String>> stagesBySource) {
        this(stagesBySource, Map.of());
    }

    public StatusMap(Map<String, Map<String, String>> stagesBySource, Map<String, List<String>> ignoredBySource) {
        this.stagesBySource = Map.copyOf(stagesBySource);
        this.ignoredBySource = Map.copyOf(ignoredBySource);
    }

    /**
     * Returns the canonical stage of an upstream status, {@link #IGNORED} for an ignored status, or empty when the
     * configuration names it nowhere.
     */
    public Optional<String> stageOf(String source, String status) {
        Map<String, String> stages = stagesBySource.getOrDefault(source, Map.of());
        if (stages.containsKey(status)) {
            return Optional.of(stages.get(status));
        }
        if (ignoredBySource.getOrDefault(source, List.of()).contains(status)) {
            return Optional.of(IGNORED);
        }
        return Optional.empty();
    }

    /** Returns the statuses of one upstream that map to a canonical stage. */
    public List<String> statusesAt(String source, String stage) {
        return stagesOf(source).entrySet().stream()
                .filter(entry -> entry.getValue().equals(stage))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public Set<String> sources() {
        return stagesBySource.keySet();
    }

    public Map<String, String> stagesOf(String source) {
        return stagesBySource.getOrDefault(source, Map.of());
    }
}
