package id.laporbridge.report;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The report's charts as inline SVG: complaints per OPD, SOP step time against budget, on-time share per month. */
final class SvgCharts {

    private static final int WIDTH = 720;
    private static final int ROW_HEIGHT = 24;
    private static final int LABEL_WIDTH = 210;
    private static final int TOP = 34;
    /** The step chart's bars end here at this multiple of the budget; longer times are cut. */
    private static final double MAX_BUDGET_MULTIPLE = 3.0;
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", IdFormat.INDONESIAN);

    private SvgCharts() {
    }

    /** Draws stacked bars of complaints received per OPD, Lapor Bantul and SP4N-LAPOR!. */
    static String complaintsPerOpd(List<ComplaintCounts> opdCounts) {
        Svg svg = new Svg(WIDTH, TOP + Math.max(1, opdCounts.size()) * ROW_HEIGHT + 10, "Aduan diterima per OPD");
        legend(svg);
        int max = opdCounts.stream().mapToInt(ComplaintCounts::received).max().orElse(0);
        double scale = max == 0 ? 0 : (WIDTH - LABEL_WIDTH - 60.0) / max;
        for (int index = 0; index < opdCounts.size(); index++) {
            ComplaintCounts counts = opdCounts.get(index);
            double y = TOP + index * ROW_HEIGHT;
            svg.text(LABEL_WIDTH - 8, y + 15, Labels.scope(counts.scope()), "end");
            svg.rect(LABEL_WIDTH, y + 3, counts.laporBantul() * scale, ROW_HEIGHT - 6, "bar-lapor-bantul");
            svg.rect(LABEL_WIDTH + counts.laporBantul() * scale, y + 3, counts.sp4n() * scale, ROW_HEIGHT - 6,
                    "bar-sp4n");
            svg.text(LABEL_WIDTH + counts.received() * scale + 6, y + 15, IdFormat.count(counts.received()), "start");
        }
        return withEmptyNote(svg, opdCounts.isEmpty());
    }

    /**
     * Draws each SOP step's median time as a bar against its budget, marked by a line; the bar is longer than the
     * line when the median takes longer than the budget.
     */
    static String stepTimes(List<StepFigures> steps) {
        Svg svg = new Svg(WIDTH, TOP + Math.max(1, steps.size()) * ROW_HEIGHT + 10,
                "Median waktu langkah SOP terhadap batas");
        double budgetX = LABEL_WIDTH + (WIDTH - LABEL_WIDTH - 20.0) / MAX_BUDGET_MULTIPLE;
        svg.text(budgetX, 20, "batas waktu", "middle");
        for (int index = 0; index < steps.size(); index++) {
            StepFigures step = steps.get(index);
            double y = TOP + index * ROW_HEIGHT;
            svg.text(LABEL_WIDTH - 8, y + 15, "Langkah " + step.step(), "end");
            if (step.medianMinutes() != null) {
                double multiple = Math.min(MAX_BUDGET_MULTIPLE, (double) step.medianMinutes() / step.budgetMinutes());
                String barClass = step.medianMinutes() <= step.budgetMinutes() ? "bar-on-time" : "bar-late";
                svg.rect(LABEL_WIDTH, y + 3, multiple * (budgetX - LABEL_WIDTH), ROW_HEIGHT - 6, barClass);
                svg.text(WIDTH - 4, y + 15, IdFormat.count(step.medianMinutes()) + " / "
                        + IdFormat.count(step.budgetMinutes()) + " menit", "end");
            }
        }
        svg.line(budgetX, TOP - 8, budgetX, TOP + steps.size() * ROW_HEIGHT, "budget-line");
        return withEmptyNote(svg, steps.isEmpty());
    }

    /** Draws one column per month with the share of SLA clocks that ended on time. */
    static String onTimeByMonth(List<MonthlyOnTime> months) {
        int chartHeight = 180;
        Svg svg = new Svg(WIDTH, chartHeight + 60, "Persentase tepat waktu per bulan");
        double columnWidth = (WIDTH - 60.0) / Math.max(1, months.size());
        svg.line(40, 20, 40, 20 + chartHeight, "axis").line(40, 20 + chartHeight, WIDTH - 10, 20 + chartHeight, "axis");
        svg.text(36, 26, "100 %", "end").text(36, 20 + chartHeight, "0 %", "end");
        for (int index = 0; index < months.size(); index++) {
            MonthlyOnTime month = months.get(index);
            double x = 50 + index * columnWidth;
            svg.text(x + columnWidth / 2, chartHeight + 40, SHORT_MONTH.format(month.month()), "middle");
            if (month.shareMet() != null) {
                double barHeight = month.shareMet() * chartHeight;
                svg.rect(x + columnWidth * 0.15, 20 + chartHeight - barHeight, columnWidth * 0.7, barHeight,
                        "bar-on-time");
                svg.text(x + columnWidth / 2, 14 + chartHeight - barHeight, IdFormat.percent(month.shareMet()),
                        "middle");
            }
        }
        return svg.toXml();
    }

    private static void legend(Svg svg) {
        svg.rect(LABEL_WIDTH, 8, 14, 14, "bar-lapor-bantul").text(LABEL_WIDTH + 20, 20, Labels.LAPOR_BANTUL, "start");
        svg.rect(LABEL_WIDTH + 140, 8, 14, 14, "bar-sp4n").text(LABEL_WIDTH + 160, 20, Labels.SP4N, "start");
    }

    private static String withEmptyNote(Svg svg, boolean empty) {
        if (empty) {
            svg.text(LABEL_WIDTH, TOP + 15, "Tidak ada data", "start");
        }
        return svg.toXml();
    }
}
