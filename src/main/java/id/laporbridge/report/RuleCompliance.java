package id.laporbridge.report;

/**
 * Compliance with one national SP4N-LAPOR! rule in one scope.
 *
 * @param budgetDays working days the rule allows
 * @param met        clocks that ended in the period within the rule
 * @param late       clocks that ended late in the period, and running clocks whose deadline passed in the period
 */
public record RuleCompliance(Scope scope, String ruleId, long budgetDays, int met, int late) {

    public Double shareMet() {
        return Shares.of(met, met + late);
    }
}
