package id.laporbridge.cli;

import id.laporbridge.store.Database;
import id.laporbridge.store.OutboxStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.concurrent.Callable;

/** Sets dead letters back to pending, so that the bridge sends them again at its next delivery run. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Set a dead outbox item, or with --all every dead item, back to pending with no attempts "
                + "and due now. The last error stays for reference. The bridge sends them at its next delivery run.",
            "Stop the bridge first, because H2 lets one process at a time open the store.",
            "Exit code 0 when items were set back, 1 when the id is not a dead item."})
final class OutboxRetry implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    @Mixin
    private ConfigOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** One item by id, or all dead items. */
    static final class Selection {
        @Parameters(paramLabel = "ID", description = "Outbox item id, as `outbox list` prints it.")
        private Long id;

        @Option(names = "--all", required = true, description = "Retry every dead item.")
        private boolean all;
    }

    @Override
    public Integer call() {
        try (Database database = options.openExistingStore()) {
            OutboxStore outbox = new OutboxStore(database, Clock.systemUTC());
            int retried = outbox.retryDead(selection.id);
            spec.commandLine().getOut().println("retried=" + retried);
            if (selection.id != null && retried == 0) {
                String state = outbox.state(selection.id);
                spec.commandLine().getErr().println(state == null
                        ? "No outbox item has id " + selection.id + "; `outbox list` shows the ids."
                        : "Outbox item " + selection.id + " is " + state + ", not dead; nothing changed.");
                return ExitCodes.INCOMPLETE;
            }
            return ExitCodes.OK;
        }
    }
}
