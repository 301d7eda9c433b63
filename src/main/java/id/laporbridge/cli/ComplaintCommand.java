package id.laporbridge.cli;

import id.laporbridge.store.ComplaintReport;
import id.laporbridge.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Shows what the store holds about complaints. */
@Command(name = "complaint", mixinStandardHelpOptions = true, description = "Show stored complaints.",
        subcommands = ComplaintCommand.Show.class)
final class ComplaintCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints one complaint with its link, statuses, messages, outbox items, duplicates and SLA clocks. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one complaint: its record, link, statuses, messages (kind, ids, client_ref), outbox "
                    + "items, duplicate links and SLA clocks. The reporter's identity is never shown.",
                "Exit code 0 when found, 1 when no single complaint matches."})
    static final class Show implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "Bridge id (12), source and upstream id (sp4n:5010653, "
                + "lapor-bantul:17), or an upstream id alone when it is unique.")
        private String key;

        @Mixin
        private ConfigOptions options;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Optional<Map<String, List<Map<String, Object>>>> found;
            try (Database database = options.openExistingStore()) {
                found = new ComplaintReport(database).find(key);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("No single complaint matches '" + key
                        + "'; use the bridge id or source:upstream-id, e.g. sp4n:5010653");
                return ExitCodes.INCOMPLETE;
            }
            found.get().forEach((section, rows) -> print(out, section, rows));
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, String section, List<Map<String, Object>> rows) {
            out.println(section + " (" + rows.size() + ")");
            for (Map<String, Object> row : rows) {
                StringBuilder line = new StringBuilder("  ");
                row.forEach((column, value) -> line.append(column.toLowerCase(Locale.ROOT)).append('=')
                        .append(value).append("  "));
                out.println(line.toString().stripTrailing());
            }
        }
    }
}
