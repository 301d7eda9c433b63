package id.laporbridge.sla.rules;

import id.laporbridge.config.StatusMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Parses trigger lists of the rules file and checks each status and message kind against its source. */
final class TriggerChecker {

    private final Path file;
    private final StatusMap statusMap;
    private final Map<String, List<String>> messageKinds;
    private final List<String> problems;

    TriggerChecker(Path file, StatusMap statusMap, Map<String, List<String>> messageKinds, List<String> problems) {
        this.file = file;
        this.statusMap = statusMap;
        this.messageKinds = messageKinds;
        this.problems = problems;
    }

    /** Parses the triggers at {@code key}; invalid ones are added to the problems and left out. */
    List<Trigger> parse(String key, String source, List<String> texts) {
        List<Trigger> result = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                Trigger trigger = Trigger.parse(text);
                if (isKnown(key, source, trigger)) {
                    result.add(trigger);
                }
            } catch (IllegalArgumentException e) {
                problems.add(file + ": key " + key + ": " + e.getMessage());
            }
        }
        return result;
    }

    private boolean isKnown(String key, String source, Trigger trigger) {
        return switch (trigger.type()) {
            case CREATED -> true;
            case STATUS -> checkKnown(key, trigger, "status", statusMap.stagesOf(source).keySet());
            case MESSAGE -> checkKnown(key, trigger, "message kind", messageKinds.getOrDefault(source, List.of()));
        };
    }

    private boolean checkKnown(String key, Trigger trigger, String valueName, Collection<String> known) {
        if (known.contains(trigger.value())) {
            return true;
        }
        problems.add(file + ": key " + key + " names unknown " + valueName + " '" + trigger.value()
                + "'; known: " + String.join(", ", new TreeSet<>(known)));
        return false;
    }
}
