package id.laporbridge.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SP4N-LAPOR! institution ids and the Lapor Bantul OPD each maps to; loaded from {@code config/opd-map.yaml}. */
public final class OpdMap {

    private final Map<String, String> opdByInstitution;

    public OpdMap(Map<String, String> opdByInstitution) {
        this.opdByInstitution = Map.copyOf(opdByInstitution);
    }

    /** Returns the institution ids to poll, sorted so that every poll visits them in the same order. */
    public List<String> institutionIds() {
        return opdByInstitution.keySet().stream().sorted().toList();
    }

    /** Returns the Lapor Bantul OPD kodes that institutions map to, sorted and each once. */
    public List<String> opdCodes() {
        return opdByInstitution.values().stream().distinct().sorted().toList();
    }

    public Optional<String> opdOf(String institutionId) {
        return Optional.ofNullable(opdByInstitution.get(institutionId));
    }
}
