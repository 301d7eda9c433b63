package id.laporbridge.report;

import id.laporbridge.config.BridgeConfig;
import id.laporbridge.sla.calendar.WorkingCalendar;
import id.laporbridge.sla.rules.ClockKind;
import id.laporbridge.sla.rules.StepRule;
import id.laporbridge.sla.rules.SlaRules;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Computes the tables built from SLA clocks: SOP step times, national rule compliance, breaches, months. */
final class ClockTables {

    private final ScopeGroups groups;
    private final SlaRules rules;
    private final WorkingCalendar calendar;

    ClockTables(ScopeGroups groups, SlaRules rules, WorkingCalendar calendar) {
        this.groups = groups;
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * Returns one row per scope and SOP step, for the scopes that have SOP step clocks that ended in the period. Steps
     * still running past their deadline are left out here and listed as breaches.
     */
    List<StepFigures> steps(List<ClockRow> clocks) {
        List<StepRule> stepRules = sopSteps();
        List<ClockRow> stepClocks = clocks.stream()
                .filter(clock -> clock.endedAt() != null && isOneOf(clock, stepRules))
                .toList();
        List<StepFigures> figures = new ArrayList<>();
        for (Scope scope : groups.scopesOf(stepClocks, ClockRow::opdCode)) {
            List<ClockRow> inScope = ScopeGroups.rowsOf(scope, stepClocks, ClockRow::opdCode);
            stepRules.forEach(rule -> figures.add(stepFigures(scope, rule, ofRule(inScope, rule))));
        }
        return figures;
    }

    /** Returns one row per scope and national SP4N-LAPOR! rule, for the scopes that have such clocks. */
    List<RuleCompliance> nationalRules(List<ClockRow> clocks) {
        List<StepRule> national = nationalSteps();
        List<ClockRow> nationalClocks = clocks.stream().filter(clock -> isOneOf(clock, national)).toList();
        List<RuleCompliance> compliance = new ArrayList<>();
        for (Scope scope : groups.scopesOf(nationalClocks, ClockRow::opdCode)) {
            List<ClockRow> inScope = ScopeGroups.rowsOf(scope, nationalClocks, ClockRow::opdCode);
            for (StepRule rule : national) {
                List<ClockRow> ofRule = ofRule(inScope, rule);
                int late = (int) ofRule.stream().filter(ClockRow::late).count();
                compliance.add(new RuleCompliance(scope, rule.id(), rule.budget(), ofRule.size() - late, late));
            }
        }
        return compliance;
    }

    List<Breach> breaches(List<ClockRow> clocks) {
        return clocks.stream()
                .filter(ClockRow::late)
                .map(clock -> new Breach(clock.complaintNumber(), clock.source(),
                        ScopeGroups.opdOrUnknown(clock.opdCode()), clock.ruleId(), sopStepOf(clock.ruleId()),
                        clock.deadline(), clock.endedAt()))
                .sorted(Comparator.comparing(Breach::deadline).thenComparing(Breach::complaintNumber)
                        .thenComparing(Breach::ruleId))
                .toList();
    }

    static List<MonthlyOnTime> months(List<ClockRow> clocks, ReportPeriod period) {
        List<MonthlyOnTime> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.to());
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth current = month;
            List<ClockRow> inMonth = clocks.stream()
                    .filter(clock -> YearMonth.from(period.localDate(clock.countedAt())).equals(current))
                    .toList();
            int late = (int) inMonth.stream().filter(ClockRow::late).count();
            months.add(new MonthlyOnTime(month, inMonth.size() - late, late));
        }
        return months;
    }

    private StepFigures stepFigures(Scope scope, StepRule rule, List<ClockRow> ended) {
        List<Long> minutes = ended.stream().map(clock -> minutesTaken(rule, clock)).sorted().toList();
        int withinBudget = (int) ended.stream().filter(clock -> !clock.late()).count();
        return new StepFigures(scope, rule.step(), rule.id(), rule.budget(), ended.size(),
                Percentiles.of(minutes, 0.5), Percentiles.of(minutes, 0.9), withinBudget);
    }

    /** Returns the minutes a step took, counted the way its budget is: working or calendar minutes. */
    private long minutesTaken(StepRule rule, ClockRow clock) {
        if (rule.clock() == ClockKind.CALENDAR_MINUTES) {
            return Duration.between(clock.startedAt(), clock.endedAt()).toMinutes();
        }
        return calendar.forOpd(clock.opdCode()).workingMinutesBetween(clock.startedAt(), clock.endedAt());
    }

    private Integer sopStepOf(String ruleId) {
        return rules.rule(ruleId).filter(ClockTables::isSopStep).map(StepRule::step).orElse(null);
    }

    private static boolean isSopStep(StepRule rule) {
        return rule.step() != null && rule.clock() != ClockKind.WORKING_DAYS;
    }

    private List<StepRule> sopSteps() {
        return rules.proceduresFor(BridgeConfig.LAPOR_BANTUL).stream()
                .flatMap(procedure -> procedure.steps().stream())
                .filter(ClockTables::isSopStep)
                .sorted(Comparator.comparing(StepRule::step))
                .toList();
    }

    private List<StepRule> nationalSteps() {
        return rules.proceduresFor(BridgeConfig.SP4N).stream()
                .flatMap(procedure -> procedure.steps().stream())
                .filter(rule -> rule.clock() == ClockKind.WORKING_DAYS)
                .toList();
    }

    private static boolean isOneOf(ClockRow clock, List<StepRule> stepRules) {
        return stepRules.stream().anyMatch(rule -> rule.id().equals(clock.ruleId()));
    }

    private static List<ClockRow> ofRule(List<ClockRow> clocks, StepRule rule) {
        return clocks.stream().filter(clock -> Objects.equals(clock.ruleId(), rule.id())).toList();
    }
}
