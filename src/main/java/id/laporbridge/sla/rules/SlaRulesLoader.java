package id.laporbridge.sla.rules;

import id.laporbridge.config.ConfigException;
import id.laporbridge.config.StatusMap;
import id.laporbridge.sla.ConfigFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the SLA rules file. Statuses are checked against the status map and message kinds against the
 * file's own {@code message-kinds}; every problem names the file and the key and all are reported in one
 * {@link ConfigException}.
 */
public final class SlaRulesLoader {

    record RulesFile(Double dueSoonShare, Map<String, List<String>> messageKinds, List<ProcedureEntry> procedures) {
    }

    record ProcedureEntry(String id, String source, List<String> newRoundOn, List<SkipEntry> skips,
                          List<StepEntry> steps) {
    }

    record SkipEntry(List<String> on, List<String> steps) {
    }

    record StepEntry(String id, Integer step, String clock, Long budgetMinutes, Long budgetDays,
                     List<String> startOn, List<String> endOn, List<String> cancelOn, Boolean repeat,
                     Boolean restartWhileRunning) {
    }

    private final StatusMap statusMap;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> ruleIds = new HashSet<>();
    private TriggerChecker triggers;
    private Path file;

    public SlaRulesLoader(StatusMap statusMap) {
        this.statusMap = statusMap;
    }

    /**
     * Loads the rules from {@code file}.
     *
     * @throws ConfigException listing every unknown status, message kind, step, clock or missing key
     */
    public SlaRules load(Path file) {
        this.file = file;
        problems.clear();
        ruleIds.clear();
        RulesFile content = ConfigFiles.read(file, RulesFile.class, problems).orElse(null);
        if (content == null) {
            throw failure();
        }
        triggers = new TriggerChecker(file, statusMap, orEmpty(content.messageKinds()), problems);
        double share = checkShare(content.dueSoonShare());
        List<Procedure> procedures = new ArrayList<>();
        for (ProcedureEntry entry : orEmpty(content.procedures())) {
            procedures.add(parseProcedure(entry));
        }
        if (procedures.isEmpty()) {
            problems.add(file + ": key procedures is missing or empty; define at least one procedure");
        }
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new SlaRules(share, procedures);
    }

    private double checkShare(Double share) {
        if (share == null || share <= 0 || share >= 1) {
            problems.add(file + ": key due-soon-share is " + share + "; expected a fraction above 0 and below 1");
            return 0;
        }
        return share;
    }

    private Procedure parseProcedure(ProcedureEntry entry) {
        String key = "procedures." + entry.id();
        if (entry.id() == null) {
            problems.add(file + ": key procedures[].id is missing");
        }
        if (entry.source() == null || !statusMap.sources().contains(entry.source())) {
            problems.add(file + ": key " + key + ".source names unknown source '" + entry.source()
                    + "'; known sources: " + new TreeSet<>(statusMap.sources()));
        }
        List<StepRule> steps = new ArrayList<>();
        for (StepEntry step : orEmpty(entry.steps())) {
            steps.add(parseStep(key + ".steps." + step.id(), entry.source(), step));
        }
        if (steps.isEmpty()) {
            problems.add(file + ": key " + key + ".steps is missing or empty");
        }
        List<Trigger> newRoundOn = triggers.parse(key + ".new-round-on", entry.source(), entry.newRoundOn());
        return new Procedure(entry.id(), entry.source(), newRoundOn, parseSkips(key, entry, steps), steps);
    }

    private List<SkipRule> parseSkips(String key, ProcedureEntry entry, List<StepRule> steps) {
        Set<String> stepIds = new TreeSet<>();
        steps.forEach(step -> stepIds.add(step.id()));
        List<SkipRule> skips = new ArrayList<>();
        List<SkipEntry> entries = orEmpty(entry.skips());
        for (int i = 0; i < entries.size(); i++) {
            String skipKey = key + ".skips[" + i + "]";
            List<Trigger> on = triggers.parse(skipKey + ".on", entry.source(), entries.get(i).on());
            requireNotEmpty(skipKey + ".on", on);
            for (String stepId : orEmpty(entries.get(i).steps())) {
                if (!stepIds.contains(stepId)) {
                    problems.add(file + ": key " + skipKey + ".steps names unknown step '" + stepId
                            + "'; steps of this procedure: " + String.join(", ", stepIds));
                }
            }
            skips.add(new SkipRule(on, orEmpty(entries.get(i).steps())));
        }
        return skips;
    }

    private StepRule parseStep(String key, String source, StepEntry entry) {
        if (entry.id() == null) {
            problems.add(file + ": key " + key + ".id is missing");
        } else if (!ruleIds.add(entry.id())) {
            problems.add(file + ": key " + key + ".id repeats rule id '" + entry.id() + "'; ids must be unique");
        }
        ClockKind clock = parseClock(key, entry.clock());
        long budget = checkBudget(key, clock, entry);
        List<Trigger> startOn = triggers.parse(key + ".start-on", source, entry.startOn());
        List<Trigger> endOn = triggers.parse(key + ".end-on", source, entry.endOn());
        List<Trigger> cancelOn = triggers.parse(key + ".cancel-on", source, entry.cancelOn());
        requireNotEmpty(key + ".start-on", startOn);
        requireNotEmpty(key + ".end-on", endOn);
        return new StepRule(entry.id(), entry.step(), clock, budget, startOn, endOn, cancelOn,
                Boolean.TRUE.equals(entry.repeat()), Boolean.TRUE.equals(entry.restartWhileRunning()));
    }

    private ClockKind parseClock(String key, String name) {
        if (name == null) {
            return ClockKind.WORKING_MINUTES;
        }
        ClockKind clock = ClockKind.fromConfigName(name);
        if (clock == null) {
            problems.add(file + ": key " + key + ".clock names unknown clock '" + name
                    + "'; expected working-minutes, calendar-minutes or working-days");
        }
        return clock;
    }

    private long checkBudget(String key, ClockKind clock, StepEntry entry) {
        boolean inDays = clock == ClockKind.WORKING_DAYS;
        Long budget = inDays ? entry.budgetDays() : entry.budgetMinutes();
        Long misplaced = inDays ? entry.budgetMinutes() : entry.budgetDays();
        String expected = inDays ? "budget-days" : "budget-minutes";
        if (misplaced != null) {
            problems.add(file + ": key " + key + " sets the budget in the wrong unit for clock "
                    + (clock == null ? "?" : clock.configName()) + "; use " + expected);
        }
        if (budget == null || budget <= 0) {
            problems.add(file + ": key " + key + "." + expected + " is missing or not positive");
            return 0;
        }
        return budget;
    }

    private void requireNotEmpty(String key, List<Trigger> list) {
        if (list.isEmpty()) {
            problems.add(file + ": key " + key + " is missing or empty; name at least one trigger");
        }
    }

    private ConfigException failure() {
        return new ConfigException("Invalid SLA rules:\n  " + String.join("\n  ", problems));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
