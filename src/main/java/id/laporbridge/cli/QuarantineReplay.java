package id.laporbridge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.laporbridge.app.PageWriters;
import id.laporbridge.config.BridgeConfig;
import id.laporbridge.config.ConfigLoader;
import id.laporbridge.normalize.RecordRejected;
import id.laporbridge.store.Database;
import id.laporbridge.store.QuarantineStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Normalizes quarantined records again with the configuration as it is now. A record that passes is written and
 * decided as a poll would write it, and leaves the quarantine in the same transaction.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Normalize quarantined records again with the current configuration files. A record that "
                + "passes is stored as a poll would store it (the bridge then mirrors or answers it) and leaves the "
                + "quarantine; a record that still fails stays, and its field and rule are printed.",
            "Stop the bridge first, because H2 lets one process at a time open the store.",
            "Exit code 0 when every record passed, 1 when some still fail or the id is not quarantined."})
final class QuarantineReplay implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Mixin
    private ConfigOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One record by id, or all of them. */
    static final class Selection {
        @Parameters(paramLabel = "ID", description = "Quarantine id, as `quarantine list` prints it.")
        private Long id;

        @Option(names = "--all", required = true, description = "Replay every quarantined record.")
        private boolean all;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        BridgeConfig config = new ConfigLoader().load(options.configDir());
        try (Database database = options.openExistingStore()) {
            PageWriters writers = PageWriters.standalone(options.settings(), config, database, Clock.systemUTC());
            return replayAll(database, writers);
        }
    }

    private int replayAll(Database database, PageWriters writers) throws JsonProcessingException {
        QuarantineStore quarantine = writers.quarantine();
        Map<Long, QuarantineStore.RawRecord> records = database.inTransaction(connection ->
                quarantine.rawRecords(connection, selection.id));
        PrintWriter out = spec.commandLine().getOut();
        if (records.isEmpty() && selection.id != null) {
            spec.commandLine().getErr().println("No quarantined record has id " + selection.id
                    + "; `quarantine list` shows the ids.");
            return ExitCodes.INCOMPLETE;
        }
        int stillFailing = 0;
        for (Map.Entry<Long, QuarantineStore.RawRecord> record : records.entrySet()) {
            RecordRejected rejected = replayOne(database, writers, record.getKey(), record.getValue());
            if (rejected != null) {
                stillFailing++;
                out.println("still quarantined id=" + record.getKey() + "  source=" + record.getValue().source()
                        + "  upstream_id=" + rejected.upstreamId() + "  field=" + rejected.field() + "  rule=\""
                        + rejected.rule() + "\"");
            }
        }
        out.println("replayed=" + (records.size() - stillFailing) + "  still_quarantined=" + stillFailing);
        return stillFailing == 0 ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }

    /** Replays one record in its own transaction; returns the rule it still breaks, or null when it was stored. */
    private static RecordRejected replayOne(Database database, PageWriters writers, long id,
                                            QuarantineStore.RawRecord record) throws JsonProcessingException {
        JsonNode raw = JSON.readTree(record.rawJson());
        QuarantineStore quarantine = writers.quarantine();
        return database.inTransaction(connection -> {
            try {
                writers.forSource(record.source()).replay(connection, raw);
            } catch (RecordRejected rejected) {
                quarantine.updateReason(connection, id, rejected.field(), rejected.rule());
                return rejected;
            }
            quarantine.remove(connection, id);
            return null;
        });
    }
}
