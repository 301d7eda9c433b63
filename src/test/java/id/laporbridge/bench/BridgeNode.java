package id.laporbridge.bench;

import id.laporbridge.app.BridgeApplication;
import id.laporbridge.app.BridgeOptions;
import id.laporbridge.sla.SlaCheck;
import id.laporbridge.sla.store.SlaWatermark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the real bridge (config/ and routes/ of the project, through Camel Main) in a JVM of its own for
 * {@link SyncBenchmark}, so that its CPU time and heap are its own. Arguments: the store folder, then
 * {@code key=value} setting overrides. It prints {@code BENCH started} once the routes run, answers the commands
 * {@code heap}, {@code count} (stored complaints), {@code pending} (background work left, see
 * {@link #pendingWork}) and {@code stop} from standard input, and prints its results as {@code BENCH ...} lines.
 */
public final class BridgeNode {

    private BridgeNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("bridge.store.jdbc-url", "jdbc:h2:file:" + Path.of(args[0]).resolve("store").toAbsolutePath());
        // A free port, so that the benchmark runs beside another bridge on this machine. It never calls the endpoint.
        overrides.put("bridge.health.port", "0");
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            overrides.put(args[i].substring(0, equals), args[i].substring(equals + 1));
        }
        Map<String, String> environment = Map.of(
                "BRIDGE_SP4N_KEYTOKEN", FastUpstreams.KEYTOKEN,
                "BRIDGE_LAPOR_BANTUL_CLIENT_ID", FastUpstreams.CLIENT_ID,
                "BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", FastUpstreams.CLIENT_SECRET);
        BridgeApplication bridge = BridgeApplication.start(new BridgeOptions(Path.of("config"), null, environment,
                overrides, Clock.systemUTC()));
        System.out.println("BENCH started");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            if (command.equals("heap")) {
                System.out.println("BENCH heap " + heapAfterGc() + " " + committedHeap());
            } else if (command.equals("count")) {
                System.out.println("BENCH count " + storedComplaints(bridge));
            } else if (command.equals("pending")) {
                System.out.println("BENCH pending " + pendingWork(bridge));
            } else if (command.equals("stop")) {
                break;
            }
        }
        bridge.close();
        System.out.println("BENCH stopped");
        System.exit(0);
    }

    private static long storedComplaints(BridgeApplication bridge) {
        return bridge.database().inTransaction(connection -> {
            try (var select = connection.prepareStatement("SELECT COUNT(*) FROM complaint");
                 var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /**
     * Counts the complaints that the duplicate check has still to see plus those that the next SLA check will read
     * and recompute (those changed since its watermark, less its margin). Zero means the background work is done.
     */
    private static long pendingWork(BridgeApplication bridge) {
        return bridge.database().inTransaction(connection -> {
            Instant slaReadsFrom = new SlaWatermark().read(connection)
                    .map(mark -> mark.nextReadFrom(SlaCheck.UNCOMMITTED_MARGIN)).orElse(Instant.EPOCH);
            try (var select = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM duplicate_due) "
                    + "+ (SELECT COUNT(*) FROM complaint WHERE last_changed_at >= ?)")) {
                select.setObject(1, OffsetDateTime.ofInstant(slaReadsFrom, ZoneOffset.UTC));
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Returns the bytes of heap in use right after a full collection. */
    static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Returns the bytes of heap committed by the JVM now. */
    static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
