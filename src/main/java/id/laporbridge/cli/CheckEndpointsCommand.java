package id.laporbridge.cli;

import id.laporbridge.app.BridgeApplication;
import id.laporbridge.app.BridgeOptions;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.fetch.SourceHealth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Makes one harmless read per upstream through the real poll routes: authentication, then one page of one item per
 * listing. The records go to a throwaway in-memory store and no delivery route runs, so nothing is written anywhere.
 */
@Command(name = "check-endpoints", mixinStandardHelpOptions = true,
        description = {"Read one page of one item from each configured upstream through the poll routes "
                + "(SP4N-LAPOR! once per institution, Lapor Bantul with a fresh token) and print status and latency.",
            "Writes nothing: records go to an in-memory store and no delivery runs.",
            "Exit code 0 when every upstream answered, 1 when one failed or timed out, 3 on invalid configuration."})
final class CheckEndpointsCommand implements Callable<Integer> {

    private static final List<String> ROUTES = List.of("error-handling.yaml", "sp4n-poll.yaml",
            "lapor-bantul-poll.yaml", "lapor-bantul-call.yaml", "lapor-bantul-token.yaml");
    private static final Map<String, String> LISTINGS = Map.of("sp4n", "sp4nListing",
            "lapor-bantul", "laporBantulListing");

    @Mixin
    private ConfigOptions options;

    @Option(names = "--timeout-seconds", defaultValue = "60",
            description = "How long to wait for both upstreams (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = Map.of(
                "bridge.store.jdbc-url", "jdbc:h2:mem:check-endpoints-" + UUID.randomUUID(),
                "bridge.sp4n.page-size", "1", "bridge.sp4n.max-pages-per-poll", "1",
                "bridge.lapor-bantul.page-size", "1", "bridge.lapor-bantul.max-pages-per-poll", "1",
                "bridge.health.enabled", "false", "bridge.routes.reload-enabled", "false");
        BridgeOptions bridgeOptions = new BridgeOptions(options.configDir(), options.envFile(), System.getenv(),
                overrides, Clock.systemUTC());
        try (BridgeApplication bridge = BridgeApplication.start(bridgeOptions, ROUTES)) {
            return report(bridge);
        }
    }

    private int report(BridgeApplication bridge) throws InterruptedException {
        SourceHealth health = bean(bridge, SourceHealth.BEAN, SourceHealth.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(timeoutSeconds));
        while (Instant.now().isBefore(deadline) && !LISTINGS.keySet().stream().allMatch(source -> settled(health,
                source))) {
            Thread.sleep(100);
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allGood = true;
        for (String source : List.of("sp4n", "lapor-bantul")) {
            ListingPoll poll = bean(bridge, LISTINGS.get(source), ListingPoll.class);
            boolean good = health.lastGoodPollAt(source).isPresent() && health.consecutiveFailures(source) == 0;
            allGood &= good;
            String status = good ? "OK" : health.consecutiveFailures(source) > 0
                    ? "FAILED (the 'Poll failed' log line names the status and path)" : "NO ANSWER within the timeout";
            out.printf("%-13s %s  latencyMs=%d%n", source, status, poll.lastPollMillis());
        }
        return allGood ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }

    private static boolean settled(SourceHealth health, String source) {
        return health.lastGoodPollAt(source).isPresent() || health.consecutiveFailures(source) > 0;
    }

    private static <T> T bean(BridgeApplication bridge, String name, Class<T> type) {
        return bridge.camelContext().getRegistry().lookupByNameAndType(name, type);
    }
}
