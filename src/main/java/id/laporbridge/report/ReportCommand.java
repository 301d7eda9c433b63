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
import java.time.Clock;
import java.time.LocalDate;
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
            SopReport report = new ReportBuilder(database.dataSource(), config, Clock.systemUTC())
                    .build(new ReportPeriod(from, to, config.calendar().zone()), opdCode);
            ReportFiles.write(report, format, target);
        }
        spec.commandLine().getOut().println("Report written: " + target.toAbsolutePath());
        return ExitCodes.OK;
    }

    /** Reads --format in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.named(value);
        }
    }
}
