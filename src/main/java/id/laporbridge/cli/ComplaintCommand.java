package id.laporbridge.cli;

import id.laporbridge.store.ComplaintReport;
import id.laporbridge.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
final class ComplaintCommand extends CommandGroup {

    /** Prints one complaint with its link, statuses, messages, outbox items, duplicates and SLA clocks. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one complaint: its record, link, statuses, messages (kind, ids, client_ref), outbox "
                    + "items, duplicate links and SLA clocks. The complaint's text is never shown, and its title "
                    + "only when the complaint is not rahasia (secret) or --show-confidential is given.",
                "The reporter's identity is never shown: not the reporter's name on their own messages, and no "
                    + "message author at all on an anonymous complaint.",
                "Exit code 0 when found, 1 when no single complaint matches."})
    static final class Show implements Callable<Integer> {

        private static final Logger LOG = LoggerFactory.getLogger(Show.class);

        /**
         * Message kind of the reporter's own messages, whose author is the reporter's name: SP4N-LAPOR!'s
         * author_type (reporter-kinds in config/upstreams/sp4n.yaml) and Lapor Bantul's tanggapan jenis.
         */
        private static final String REPORTER_KIND = "pelapor";

        @Parameters(paramLabel = "ID", description = "Bridge id (12), source and upstream id (sp4n:5010653, "
                + "lapor-bantul:17), or an upstream id alone when it is unique.")
        private String key;

        @Option(names = "--show-confidential",
                description = "Also show the title of a rahasia (secret) complaint. The log records each such access.")
        private boolean showConfidential;

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
            Map<String, List<Map<String, Object>>> sections = found.get();
            hideConfidential(sections);
            sections.forEach((section, rows) -> print(out, section, rows));
            return ExitCodes.OK;
        }

        /**
         * Replaces the title of a rahasia complaint, unless {@code --show-confidential} is given, and the message
         * authors that may name the reporter, always.
         */
        private void hideConfidential(Map<String, List<Map<String, Object>>> sections) {
            Map<String, Object> complaint = sections.get("complaint").get(0);
            String id = complaint.get("SOURCE") + ":" + complaint.get("UPSTREAM_ID");
            if (Boolean.TRUE.equals(complaint.get("SECRET"))) {
                if (showConfidential) {
                    LOG.info("Confidential complaint shown complaint={}", id);
                } else {
                    complaint.put("TITLE", "(hidden: rahasia complaint, --show-confidential shows it)");
                }
            }
            boolean anonymous = Boolean.TRUE.equals(complaint.get("ANONYMOUS"));
            for (Map<String, Object> message : sections.get("messages")) {
                if (message.get("AUTHOR") == null) {
                    continue;
                }
                if (anonymous) {
                    message.put("AUTHOR", "(hidden: anonymous complaint)");
                } else if (REPORTER_KIND.equals(message.get("KIND"))) {
                    message.put("AUTHOR", "(hidden: reporter)");
                }
            }
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
