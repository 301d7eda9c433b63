package id.laporbridge.cli;

import id.laporbridge.store.Database;
import id.laporbridge.store.QuarantineStore;
import id.laporbridge.store.QuarantinedRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** Lists and replays the records that could not be normalized. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "List and replay quarantined records.",
        subcommands = {QuarantineCommand.ListRecords.class, QuarantineReplay.class})
final class QuarantineCommand extends CommandGroup {

    /** Prints one line per quarantined record, without its raw JSON. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List quarantined records: id, source, upstream id, field, rule, times seen, first and "
                    + "last seen. The raw record is never shown because it may contain the reporter's identity."})
    static final class ListRecords implements Callable<Integer> {

        @Option(names = "--source", paramLabel = "SOURCE", description = "Only records of this source: sp4n or "
                + "lapor-bantul.")
        private String source;

        @Mixin
        private ConfigOptions options;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Upstreams.requireKnown(spec.commandLine(), "--source", source);
            List<QuarantinedRecord> records;
            try (Database database = options.openExistingStore()) {
                QuarantineStore quarantine = new QuarantineStore(Clock.systemUTC(), database.columnWidths());
                records = database.inTransaction(connection -> quarantine.list(connection, source));
            }
            PrintWriter out = spec.commandLine().getOut();
            records.forEach(record -> out.println(line(record)));
            out.println("quarantined=" + records.size());
            return ExitCodes.OK;
        }

        private static String line(QuarantinedRecord record) {
            return "id=" + record.id() + "  source=" + record.source() + "  upstream_id=" + record.upstreamId()
                    + "  field=" + record.field() + "  rule=\"" + record.rule() + "\"  seen_count="
                    + record.seenCount() + "  first_seen=" + record.firstSeenAt() + "  last_seen="
                    + record.lastSeenAt();
        }
    }
}
