package id.laporbridge.report;

import java.time.Instant;
import java.util.List;

/**
 * The figures of one SOP report, computed once from the store and rendered as HTML, CSV or XLSX. Holds complaint
 * numbers, OPD kodes, categories and times only: no complaint text and no reporter identity.
 *
 * @param opdFilter the OPD kode the report is limited to, or null for the whole regency
 */
public record SopReport(ReportPeriod period, String opdFilter, Instant generatedAt, List<ComplaintCounts> counts,
                        List<CategoryCount> categories, List<StepFigures> steps, List<RuleCompliance> nationalRules,
                        List<Breach> breaches, List<DuplicateFound> duplicates, List<MonthlyOnTime> months) {

    public SopReport {
        counts = List.copyOf(counts);
        categories = List.copyOf(categories);
        steps = List.copyOf(steps);
        nationalRules = List.copyOf(nationalRules);
        breaches = List.copyOf(breaches);
        duplicates = List.copyOf(duplicates);
        months = List.copyOf(months);
    }
}
