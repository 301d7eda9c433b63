package id.laporbridge.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Lays out a {@link SopReport} as the tables every format shows, in report order. */
public final class ReportTables {

    public static final String DETAILS = "keterangan";
    public static final String SUMMARY = "ringkasan";
    public static final String CATEGORIES = "kategori";
    public static final String SOP_STEPS = "langkah-sop";
    public static final String NATIONAL_RULES = "aturan-nasional";
    public static final String BREACHES = "pelanggaran";
    public static final String DUPLICATES = "duplikat";
    public static final String MONTHS = "ketepatan-bulanan";

    private final SopReport report;

    private ReportTables(SopReport report) {
        this.report = report;
    }

    public static List<ReportTable> of(SopReport report) {
        ReportTables tables = new ReportTables(report);
        return List.of(tables.details(), tables.summary(), tables.categories(), tables.steps(),
                tables.nationalRules(), tables.breaches(), tables.duplicates(), tables.months());
    }

    private ReportTable details() {
        List<List<Object>> rows = List.of(
                row("Periode dari", report.period().from()),
                row("Periode sampai", report.period().to()),
                row("OPD", report.opdFilter() == null ? "Seluruh OPD" : report.opdFilter()),
                row("Dibuat pada", local(report.generatedAt())),
                row("Zona waktu", report.period().zone().getId()));
        return new ReportTable(DETAILS, "Keterangan laporan", List.of("Keterangan", "Nilai"), rows);
    }

    private ReportTable summary() {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplaintCounts counts : report.counts()) {
            rows.add(row(Labels.scope(counts.scope()), counts.laporBantul(), counts.sp4n(), counts.received(),
                    counts.answered(), counts.open(), counts.routed(), counts.rejected(), counts.duplicates()));
        }
        return new ReportTable(SUMMARY, "Ringkasan aduan", List.of("OPD", Labels.LAPOR_BANTUL, Labels.SP4N,
                "Jumlah diterima", "Dijawab", "Terbuka", "Dialihkan", "Ditolak", "Duplikat"), rows);
    }

    private ReportTable categories() {
        List<List<Object>> rows = new ArrayList<>();
        for (CategoryCount count : report.categories()) {
            rows.add(row(Labels.scope(count.scope()), count.category(), count.laporBantul(), count.sp4n(),
                    count.received()));
        }
        return new ReportTable(CATEGORIES, "Aduan per kategori",
                List.of("OPD", "Kategori", Labels.LAPOR_BANTUL, Labels.SP4N, "Jumlah"), rows);
    }

    private ReportTable steps() {
        List<List<Object>> rows = new ArrayList<>();
        for (StepFigures step : report.steps()) {
            rows.add(row(Labels.scope(step.scope()), step.step(), Labels.step(step.step()), step.budgetMinutes(),
                    step.ended(), step.medianMinutes(), step.p90Minutes(), step.withinBudget(),
                    Share.of(step.shareWithinBudget())));
        }
        return new ReportTable(SOP_STEPS, "Waktu langkah SOP", List.of("OPD", "Langkah", "Uraian",
                "Batas (menit kerja)", "Selesai", "Median (menit kerja)", "Persentil 90 (menit kerja)",
                "Dalam batas", "Persentase dalam batas"), rows);
    }

    private ReportTable nationalRules() {
        List<List<Object>> rows = new ArrayList<>();
        for (RuleCompliance rule : report.nationalRules()) {
            rows.add(row(Labels.scope(rule.scope()), Labels.rule(rule.ruleId(), null), rule.budgetDays(),
                    rule.met(), rule.late(), Share.of(rule.shareMet())));
        }
        return new ReportTable(NATIONAL_RULES, "Kepatuhan aturan nasional", List.of("OPD", "Aturan",
                "Batas (hari kerja)", "Tepat waktu", "Terlambat", "Persentase tepat waktu"), rows);
    }

    private ReportTable breaches() {
        List<List<Object>> rows = new ArrayList<>();
        for (Breach breach : report.breaches()) {
            rows.add(row(breach.complaintNumber(), Labels.source(breach.source()), breach.opdCode(),
                    Labels.rule(breach.ruleId(), breach.sopStep()), local(breach.deadline()),
                    breach.endedAt() == null ? "Masih berjalan" : local(breach.endedAt())));
        }
        return new ReportTable(BREACHES, "Pelanggaran batas waktu", List.of("Nomor aduan", "Sumber", "OPD",
                "Aturan", "Batas waktu", "Selesai pada"), rows);
    }

    private ReportTable duplicates() {
        List<List<Object>> rows = new ArrayList<>();
        for (DuplicateFound duplicate : report.duplicates()) {
            rows.add(row(duplicate.complaintNumber(), Labels.source(duplicate.source()), duplicate.opdCode(),
                    duplicate.receivedOn(), duplicate.originalNumber()));
        }
        return new ReportTable(DUPLICATES, "Aduan duplikat", List.of("Nomor aduan", "Sumber", "OPD",
                "Tanggal diterima", "Duplikat dari"), rows);
    }

    private ReportTable months() {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyOnTime month : report.months()) {
            rows.add(row(month.month(), month.met(), month.late(), Share.of(month.shareMet())));
        }
        return new ReportTable(MONTHS, "Ketepatan waktu per bulan", List.of("Bulan", "Tepat waktu", "Terlambat",
                "Persentase tepat waktu"), rows);
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, report.period().zone());
    }

    /** Returns a row that may hold null cells, which {@link List#of} rejects. */
    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
