package id.laporbridge.config;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the status maps against the statuses each upstream documents: every documented status is mapped or
 * ignored, nothing else is mapped, and every stage the bridge must write has a documented target status.
 */
final class StatusSyncCheck {

    /** The SP4N-LAPOR! stages that the bridge writes onto the mirrored aduan while status writing is enabled. */
    static final Set<String> STAGES_WRITTEN_TO_LAPOR_BANTUL = Set.of("closed", "not_authority");

    private final Path statusMapFile;
    private final Path syncFile;
    private final List<String> problems;

    StatusSyncCheck(Path statusMapFile, Path syncFile, List<String> problems) {
        this.statusMapFile = statusMapFile;
        this.syncFile = syncFile;
        this.problems = problems;
    }

    void check(Map<String, UpstreamProfile> profiles, Map<String, Map<String, String>> stages, StatusSync sync) {
        profiles.forEach((source, profile) -> checkDocumented(source, profile.statuses(),
                stages.getOrDefault(source, Map.of()), sync.ignoredOf(source)));
        UpstreamProfile laporBantul = profiles.get(BridgeConfig.LAPOR_BANTUL);
        if (sync.toLaporBantul() == null) {
            problems.add(syncFile + ": key to-lapor-bantul is missing");
        } else if (laporBantul != null) {
            checkToLaporBantul(sync.toLaporBantul(), laporBantul);
        }
        if (sync.toSp4n() == null || sync.toSp4n().notAuthority() == null) {
            problems.add(syncFile + ": key to-sp4n.not-authority is missing");
        } else if (laporBantul != null) {
            checkToSp4n(sync.toSp4n(), laporBantul.statuses());
        }
    }

    private void checkDocumented(String source, List<String> documented, Map<String, String> mapped,
                                 List<String> ignored) {
        String profileFile = "upstreams/" + source + ".yaml";
        if (documented.isEmpty()) {
            problems.add(profileFile + ": key statuses is missing or empty; list every status the upstream "
                    + "documents");
            return;
        }
        for (String status : documented) {
            if (!mapped.containsKey(status) && !ignored.contains(status)) {
                problems.add(statusMapFile + ": key " + source + "." + status + " is missing; map this documented "
                        + "status to a stage, or list it under ignored." + source + " in " + syncFile);
            }
        }
        for (String status : mapped.keySet()) {
            if (!documented.contains(status)) {
                problems.add(statusMapFile + ": key " + source + "." + status + " is not a status listed under "
                        + "statuses in " + profileFile);
            }
        }
        for (String status : ignored) {
            if (!documented.contains(status) || mapped.containsKey(status)) {
                problems.add(syncFile + ": key ignored." + source + " names '" + status + "', which must be a "
                        + "documented status in " + profileFile + " that status-map.yaml does not map");
            }
        }
    }

    private void checkToLaporBantul(StatusSync.ToLaporBantul toLaporBantul, UpstreamProfile laporBantul) {
        checkStages("to-lapor-bantul.final-stages", toLaporBantul.finalStages());
        checkStages("to-lapor-bantul.statuses", toLaporBantul.statuses().keySet());
        toLaporBantul.statuses().forEach((stage, status) -> checkDocumentedTarget(
                "to-lapor-bantul.statuses." + stage, status, laporBantul.statuses()));
        if (!toLaporBantul.enabled()) {
            return;
        }
        for (String stage : STAGES_WRITTEN_TO_LAPOR_BANTUL.stream().sorted().toList()) {
            if (!toLaporBantul.statuses().containsKey(stage)) {
                problems.add(syncFile + ": key to-lapor-bantul.statuses." + stage + " is missing; the bridge "
                        + "writes this stage onto the mirrored aduan, so it needs a Lapor Bantul status");
            }
        }
        if (laporBantul.setStatus().isEmpty()) {
            problems.add("upstreams/lapor-bantul.yaml: key set-status is missing; it is needed while "
                    + "to-lapor-bantul.enabled is true in " + syncFile);
        }
    }

    private void checkToSp4n(StatusSync.ToSp4n toSp4n, List<String> laporBantulStatuses) {
        checkStages("to-sp4n.final-stages", toSp4n.finalStages());
        StatusSync.NotAuthority notAuthority = toSp4n.notAuthority();
        for (String status : notAuthority.statuses()) {
            checkDocumentedTarget("to-sp4n.not-authority.statuses", status, laporBantulStatuses);
        }
        if (notAuthority.defaultReason() == null || notAuthority.defaultReason().isBlank()) {
            problems.add(syncFile + ": key to-sp4n.not-authority.default-reason is missing or empty");
        }
    }

    private void checkStages(String key, Collection<String> stages) {
        for (String stage : stages) {
            if (!StatusMap.STAGES.contains(stage)) {
                problems.add(syncFile + ": key " + key + " names unknown stage '" + stage + "'");
            }
        }
    }

    private void checkDocumentedTarget(String key, String status, List<String> documented) {
        if (!documented.contains(status)) {
            problems.add(syncFile + ": key " + key + " names '" + status + "', which is not a status listed under "
                    + "statuses in upstreams/lapor-bantul.yaml");
        }
    }
}
