package id.laporbridge.report;

/**
 * Time taken by one SOP step in one scope, over the step clocks that ended in the period.
 *
 * @param budgetMinutes the step's budget in working minutes
 * @param ended         clocks that ended, on time or late
 * @param medianMinutes median working minutes taken (nearest rank), null when no clock ended
 * @param p90Minutes    90th percentile of working minutes taken (nearest rank), null when no clock ended
 * @param withinBudget  clocks that ended within the budget
 */
public record StepFigures(Scope scope, int step, String ruleId, long budgetMinutes, int ended, Long medianMinutes,
                          Long p90Minutes, int withinBudget) {

    public Double shareWithinBudget() {
        return Shares.of(withinBudget, ended);
    }
}
