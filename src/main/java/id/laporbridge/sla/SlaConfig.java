package id.laporbridge.sla;

import com.fasterxml.jackson.core.type.TypeReference;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigException;
import id.laporbridge.config.OpdMap;
import id.laporbridge.config.StatusMap;
import id.laporbridge.sla.calendar.WorkingCalendar;
import id.laporbridge.sla.calendar.WorkingCalendarLoader;
import id.laporbridge.sla.rules.SlaRules;
import id.laporbridge.sla.rules.SlaRulesLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SLA configuration of one configuration folder: {@code working-calendar.yaml} with the holiday file it names,
 * {@code sla-rules.yaml}, and the shared {@code status-map.yaml} and {@code opd-map.yaml} it is checked against.
 */
public record SlaConfig(WorkingCalendar calendar, SlaRules rules, OpdMap opdMap) {

    public static final String CALENDAR_FILE = "working-calendar.yaml";
    public static final String RULES_FILE = "sla-rules.yaml";

    /**
     * Loads and validates all files.
     *
     * @throws ConfigException listing the problems of every file at once
     */
    public static SlaConfig load(Path folder) {
        List<String> problems = new ArrayList<>();
        StatusMap statusMap = new StatusMap(readMap(folder.resolve("status-map.yaml"), problems));
        OpdMap opdMap = new OpdMap(readMap(folder.resolve("opd-map.yaml"), problems)
                .getOrDefault("institutions", Map.of()));
        WorkingCalendar calendar = collect(problems, () -> new WorkingCalendarLoader()
                .load(folder.resolve(CALENDAR_FILE)));
        SlaRules rules = collect(problems, () -> new SlaRulesLoader(statusMap).load(folder.resolve(RULES_FILE)));
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid SLA configuration in " + folder + ":\n  "
                    + String.join("\n  ", problems));
        }
        return new SlaConfig(calendar, rules, opdMap);
    }

    /** Returns the Lapor Bantul OPD kode of a complaint: SP4N institution ids go through the OPD map. */
    public String opdCodeOf(String source, String orgCode) {
        if (BridgeConfig.SP4N.equals(source) && orgCode != null) {
            return opdMap.opdOf(orgCode).orElse(orgCode);
        }
        return orgCode;
    }

    private static Map<String, Map<String, String>> readMap(Path file, List<String> problems) {
        return ConfigFiles.read(file, new TypeReference<Map<String, Map<String, String>>>() { }, problems)
                .orElse(Map.of());
    }

    private static <T> T collect(List<String> problems, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (ConfigException e) {
            problems.add(e.getMessage().replace("\n", "\n  "));
            return null;
        }
    }
}
