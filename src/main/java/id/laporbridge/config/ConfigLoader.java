package id.laporbridge.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates the files in the configuration folder. Every problem found is collected first and reported
 * together in one {@link ConfigException}, each line naming the file, the key and the rule it breaks.
 */
public final class ConfigLoader {

    private static final List<String> REQUIRED_RECORD_FIELDS = List.of("id", "status", "created-at", "updated-at");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final List<String> problems = new ArrayList<>();

    public BridgeConfig load(Path folder) {
        problems.clear();
        UpstreamProfile sp4n = readProfile(folder.resolve("upstreams/sp4n.yaml"));
        UpstreamProfile laporBantul = readProfile(folder.resolve("upstreams/lapor-bantul.yaml"));
        Map<String, Map<String, String>> stages = readStatusMap(folder.resolve("status-map.yaml"));
        StatusSync statusSync = readStatusSync(folder, sp4n, laporBantul, stages);
        OpdMap opdMap = readOpdMap(folder.resolve("opd-map.yaml"));
        checkConversationLayouts(sp4n, laporBantul);
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid configuration in " + folder + ":\n  " + String.join("\n  ", problems));
        }
        StatusMap statusMap = new StatusMap(stages, statusSync.ignored());
        return new BridgeConfig(folder, sp4n, laporBantul, statusMap, opdMap, statusSync);
    }

    private UpstreamProfile readProfile(Path file) {
        UpstreamProfile profile = read(file, new TypeReference<>() { });
        if (profile == null) {
            return null;
        }
        for (String field : REQUIRED_RECORD_FIELDS) {
            if (profile.pointer(field) == null) {
                problems.add(file + ": key record." + field + " is missing; every upstream record needs it");
            }
        }
        if (profile.listing() == null || profile.listing().records() == null) {
            problems.add(file + ": key listing.records is missing; it points at the records of a listing page");
        }
        return profile;
    }

    private StatusSync readStatusSync(Path folder, UpstreamProfile sp4n, UpstreamProfile laporBantul,
                                      Map<String, Map<String, String>> stages) {
        Path file = folder.resolve("status-sync.yaml");
        StatusSync sync = read(file, new TypeReference<>() { });
        if (sync == null || stages == null || sp4n == null || laporBantul == null) {
            return sync;
        }
        Map<String, UpstreamProfile> profiles = new LinkedHashMap<>();
        profiles.put(BridgeConfig.SP4N, sp4n);
        profiles.put(BridgeConfig.LAPOR_BANTUL, laporBantul);
        new StatusSyncCheck(folder.resolve("status-map.yaml"), file, problems).check(profiles, stages, sync);
        return sync;
    }

    /** Checks the layouts that the routing, reply and rejection flows write with. */
    private void checkConversationLayouts(UpstreamProfile sp4n, UpstreamProfile laporBantul) {
        if (sp4n != null) {
            requirePresent("upstreams/sp4n.yaml", "dispositions", sp4n.dispositions());
            requirePresent("upstreams/sp4n.yaml", "reject-disposition", sp4n.rejectDisposition());
        }
        if (laporBantul != null) {
            requirePresent("upstreams/lapor-bantul.yaml", "route-aduan",
                    laporBantul.routeAduan().isEmpty() ? null : laporBantul.routeAduan());
            requirePresent("upstreams/lapor-bantul.yaml", "add-tanggapan",
                    laporBantul.addTanggapan().isEmpty() ? null : laporBantul.addTanggapan());
        }
    }

    private void requirePresent(String file, String key, Object value) {
        if (value == null) {
            problems.add(file + ": key " + key + " is missing");
        }
    }

    private Map<String, Map<String, String>> readStatusMap(Path file) {
        Map<String, Map<String, String>> stages = read(file, new TypeReference<>() { });
        if (stages == null) {
            return null;
        }
        stages.forEach((source, map) -> map.forEach((status, stage) -> {
            if (!StatusMap.STAGES.contains(stage)) {
                problems.add(file + ": key " + source + "." + status + " names unknown stage '" + stage
                        + "'; known stages: " + String.join(", ", StatusMap.STAGES.stream().sorted().toList()));
            }
        }));
        for (String source : List.of(BridgeConfig.SP4N, BridgeConfig.LAPOR_BANTUL)) {
            if (!stages.containsKey(source)) {
                problems.add(file + ": key " + source + " is missing; each upstream needs a status map");
            }
        }
        return stages;
    }

    private OpdMap readOpdMap(Path file) {
        Map<String, Map<String, String>> content = read(file, new TypeReference<>() { });
        if (content == null) {
            return null;
        }
        Map<String, String> institutions = content.get("institutions");
        if (institutions == null || institutions.isEmpty()) {
            problems.add(file + ": key institutions is missing or empty; name at least one SP4N institution id");
            return new OpdMap(Map.of());
        }
        return new OpdMap(institutions);
    }

    private <T> T read(Path file, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file not found");
            return null;
        }
        try {
            return yaml.readValue(file.toFile(), type);
        } catch (JsonProcessingException e) {
            problems.add(file + location(e) + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(file + ": unreadable: " + e.getMessage());
            return null;
        }
    }

    private static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
