package id.laporbridge.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps each upstream's status values to the bridge's canonical stages; loaded from {@code config/status-map.yaml}. */
public final class StatusMap {

    /** The canonical stages a status may map to. */
    public static final Set<String> STAGES = Set.of(
            "filed", "received", "assigned", "in_progress", "answer_review", "answer_approved", "answered",
            "reporter_replied", "closed", "routed", "rejected", "not_authority", "on_hold", "archived");

    private final Map<String, Map<String, String>> stagesBySource;

    public StatusMap(Map<String, Map<String, String>> stagesBySource) {
        this.stagesBySource = Map.copyOf(stagesBySource);
    }

    /** Returns the canonical stage of an upstream status, or empty when the map does not name it. */
    public Optional<String> stageOf(String source, String status) {
        Map<String, String> stages = stagesBySource.getOrDefault(source, Map.of());
        return Optional.ofNullable(stages.get(status));
    }

    public Set<String> sources() {
        return stagesBySource.keySet();
    }

    public Map<String, String> stagesOf(String source) {
        return stagesBySource.getOrDefault(source, Map.of());
    }
}
