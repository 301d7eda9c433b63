package id.laporbridge.sla.rules;

import java.util.List;

/**
 * A set of clocks that apply to the complaints of one upstream source.
 *
 * @param newRoundOn triggers, such as routing to another OPD, that close the current round of clocks so the steps can
 *                   start again. The clocks of earlier rounds stay in the store.
 */
public record Procedure(String id, String source, List<Trigger> newRoundOn, List<SkipRule> skips,
                        List<StepRule> steps) {

    public Procedure {
        newRoundOn = List.copyOf(newRoundOn);
        skips = List.copyOf(skips);
        steps = List.copyOf(steps);
    }
}
