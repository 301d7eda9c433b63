package id.laporbridge.sla.rules;

import java.util.List;
import java.util.Optional;

/**
 * All SLA procedures and the share of a budget after which a running clock is reported as due soon.
 *
 * @param dueSoonShare a fraction between 0 and 1, e.g. 0.8 for a warning after 80% of the budget
 */
public record SlaRules(double dueSoonShare, List<Procedure> procedures) {

    public SlaRules {
        procedures = List.copyOf(procedures);
    }

    public List<Procedure> proceduresFor(String source) {
        return procedures.stream().filter(procedure -> procedure.source().equals(source)).toList();
    }

    public Optional<StepRule> rule(String ruleId) {
        return procedures.stream().flatMap(procedure -> procedure.steps().stream())
                .filter(step -> step.id().equals(ruleId)).findFirst();
    }
}
