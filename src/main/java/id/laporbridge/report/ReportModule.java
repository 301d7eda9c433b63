package id.laporbridge.report;

import id.laporbridge.app.Settings;
import id.laporbridge.config.ConfigException;
import id.laporbridge.sla.SlaConfig;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Builds the report beans. The bridge binds {@link #beans()} under the names the route monthly-report uses. */
public final class ReportModule {

    /** Bean name of {@link MonthlyReportJob}; the route calls its method {@code run}. */
    public static final String MONTHLY_REPORT_BEAN = "monthlyReport";

    private final MonthlyReportJob monthlyReport;

    private ReportModule(MonthlyReportJob monthlyReport) {
        this.monthlyReport = monthlyReport;
    }

    /**
     * Loads the SLA configuration in {@code configDir} and reads the report settings.
     *
     * @throws ConfigException when a configuration file or a report setting is invalid
     */
    public static ReportModule create(DataSource dataSource, Path configDir, Settings settings, Clock clock) {
        SlaConfig config = SlaConfig.load(configDir);
        ReportBuilder builder = new ReportBuilder(dataSource, config, clock);
        MonthlyReportJob job = new MonthlyReportJob(builder, config.calendar(),
                Path.of(settings.text("bridge.report.dir")), formats(settings), clock);
        return new ReportModule(job);
    }

    public Map<String, Object> beans() {
        return Map.of(MONTHLY_REPORT_BEAN, monthlyReport);
    }

    private static List<ReportFormat> formats(Settings settings) {
        String value = settings.text("bridge.report.formats");
        try {
            return Arrays.stream(value.split(",")).map(ReportFormat::named).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Setting bridge.report.formats is invalid: '" + value + "': " + e.getMessage());
        }
    }
}
