package id.laporbridge.sla.rules;

import java.util.List;

/**
 * Steps that a trigger makes unnecessary, such as a direct answer that ends the procedure early. Steps of the current
 * round that have not started are marked skipped, and running ones end at the trigger.
 */
public record SkipRule(List<Trigger> on, List<String> steps) {

    public SkipRule {
        on = List.copyOf(on);
        steps = List.copyOf(steps);
    }
}
