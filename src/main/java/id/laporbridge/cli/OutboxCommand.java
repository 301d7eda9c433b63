package id.laporbridge.cli;

import id.laporbridge.store.Database;
import id.laporbridge.store.OutboxEntry;
import id.laporbridge.store.OutboxStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists the outbox and sends dead letters again. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "List outbox items and retry dead letters.",
        subcommands = {OutboxCommand.ListItems.class, OutboxRetry.class})
final class OutboxCommand extends CommandGroup {

    /** The states an outbox item can be in, as picocli completion candidates. */
    enum State {
        pending, sending, done, dead
    }

    /** Prints one line per outbox item, without its payload. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List outbox items: id, destination, action, subject, state, attempts, next attempt, "
                    + "last error status, reason and URI. The payload is never shown.")
    static final class ListItems implements Callable<Integer> {

        @Option(names = "--state", paramLabel = "STATE",
                description = "Only items in this state: ${COMPLETION-CANDIDATES} (default: all but done).")
        private State state;

        @Option(names = "--destination", paramLabel = "DESTINATION",
                description = "Only items sent to this upstream: sp4n or lapor-bantul.")
        private String destination;

        @Mixin
        private ConfigOptions options;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Upstreams.requireKnown(spec.commandLine(), "--destination", destination);
            List<OutboxEntry> entries;
            try (Database database = options.openExistingStore()) {
                String stateName = state == null ? null : state.name();
                entries = new OutboxStore(database, Clock.systemUTC()).list(stateName, destination);
            }
            PrintWriter out = spec.commandLine().getOut();
            entries.forEach(entry -> out.println(line(entry)));
            out.println("items=" + entries.size());
            return ExitCodes.OK;
        }

        /** Formats one item. A missing value, such as the error of an item that never failed, prints as "-". */
        private static String line(OutboxEntry entry) {
            String reason = entry.lastErrorReason() == null ? "-" : "\"" + entry.lastErrorReason() + "\"";
            return "id=" + entry.id() + "  destination=" + entry.destination() + "  action=" + entry.action()
                    + "  subject=" + entry.subjectId() + "  state=" + entry.state() + "  attempts="
                    + entry.attempts() + "  next_attempt=" + orDash(entry.nextAttemptAt()) + "  last_error_status="
                    + orDash(entry.lastErrorStatus()) + "  last_error_reason=" + reason
                    + "  last_error_uri=" + orDash(entry.lastErrorUri());
        }

        private static String orDash(Object value) {
            return value == null ? "-" : value.toString();
        }
    }
}
