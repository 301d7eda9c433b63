package id.laporbridge.report;

import id.laporbridge.cli.ConfigOptions;
import id.laporbridge.cli.ExitCodes;
import id.laporbridge.sla.SlaConfig;
import id.laporbridge.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** Writes the SOP report of a period from the store named in the settings, without starting the bridge. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the SOP complaint report (in Indonesian) of a period, for the whole regency or one OPD.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions options;

    @Option(names = "--from", required = true, description = "First day of the period, e.g. 2026-11-01.")
    private LocalDate from;

    @Option(names = "--to", required = true, description = "Last day of the period, included, e.g. 2026-11-30.")
    private LocalDate to;

    @Option(names = "--format", defaultValue = "html", converter = FormatConverter.class,
            description = "File format: html, csv or xlsx (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--opd", paramLabel = "KODE", description = "Lapor Bantul OPD kode to limit the report to.")
    private String opdCode;

    @Option(names = "--output", paramLabel = "FILE",
            description = "File to write (default: laporan-sop-FROM_TO.FORMAT in the working directory).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid period: --to " + to + " is before --from " + from);
        }
        SlaConfig config = SlaConfig.load(options.configDir());
        Path target = output != null ? output : Path.of(ReportFileNames.forPeriod(from, to, opdCode, format));
        try (Database database = options.openExistingStore()) {
            requireKnownOpd(database, config);
            SopReport report = new ReportBuilder(database.dataSource(), config, Clock.systemUTC())
                    .build(new ReportPeriod(from, to, config.calendar().zone()), opdCode);
            ReportFiles.write(report, format, target);
        }
        spec.commandLine().getOut().println("Report written: " + target.toAbsolutePath());
        return ExitCodes.OK;
    }

    /**
     * Rejects an {@code --opd} kode that neither {@code opd-map.yaml} nor any stored complaint has, because its
     * report would be empty without saying why.
     */
    private void requireKnownOpd(Database database, SlaConfig config) {
        if (opdCode == null) {
            return;
        }
        Set<String> known = new TreeSet<>(config.opdMap().opdCodes());
        known.addAll(database.inTransaction(connection -> storedOpdCodes(connection, config)));
        if (!known.contains(opdCode)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--opd': no OPD "
                    + "in " + options.configDir().resolve("opd-map.yaml") + " or the store has kode '" + opdCode
                    + "'. Known kodes: " + String.join(", ", known) + ".");
        }
    }

    private static Set<String> storedOpdCodes(Connection connection, SlaConfig config) throws SQLException {
        Set<String> codes = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT source, org_code FROM complaint WHERE org_code IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                codes.add(config.opdCodeOf(rows.getString(1), rows.getString(2)));
            }
        }
        return codes;
    }

    /** Reads --format in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.named(value);
        }
    }
}
