package id.laporbridge.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of one {@link SyncBenchmark} run, given as {@code name=value} arguments.
 *
 * @param complaints SP4N complaints in the backfill ({@code complaints}, default 100,000)
 * @param latencyChanges upstream changes timed in the latency run ({@code latency-changes}, default 200; 0 skips it)
 * @param latencyPollMs poll interval of both listings in the latency run ({@code latency-poll-ms}, default 5,000)
 * @param memoryComplaints SP4N complaints of the heap run; with their aduan the store contains twice as many
 *     ({@code memory-complaints}, default 1,000,000; 0 skips it)
 * @param memorySynced the last SP4N complaints of the heap run, which the bridge syncs itself; the ones before them
 *     are seeded into its store through its own page writer first ({@code memory-synced}, default 20,000; a value
 *     of at least {@code memory-complaints} seeds nothing)
 * @param idleSeconds length of the idle CPU measurement ({@code idle-seconds}, default 60; 0 skips it)
 * @param maxHeap {@code -Xmx} of the bridge and the baseline JVMs ({@code max-heap}, default 256m)
 * @param timeout longest wait for any one step ({@code timeout-minutes}, default 60)
 * @param skipBaseline leaves the baseline out ({@code skip-baseline}, default false)
 * @param jfr records a JFR profile of each child JVM next to its log ({@code jfr}, default false)
 */
record BenchOptions(int complaints, int latencyChanges, int latencyPollMs, int memoryComplaints, int memorySynced,
                    int idleSeconds, String maxHeap, Duration timeout, boolean skipBaseline, boolean jfr) {

    private static final Map<String, String> DEFAULTS = Map.of("complaints", "100000", "latency-changes", "200",
            "latency-poll-ms", "5000", "memory-complaints", "1000000", "memory-synced", "20000", "idle-seconds", "60",
            "max-heap", "256m",
            "timeout-minutes", "60", "skip-baseline", "false", "jfr", "false");

    static BenchOptions parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Invalid argument '" + arg + "': expected name=value");
            }
            String name = arg.substring(0, equals);
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option '" + name + "': use one of "
                        + String.join(", ", new java.util.TreeSet<>(DEFAULTS.keySet())));
            }
            values.put(name, arg.substring(equals + 1));
        }
        return new BenchOptions(Integer.parseInt(values.get("complaints")),
                Integer.parseInt(values.get("latency-changes")), Integer.parseInt(values.get("latency-poll-ms")),
                Integer.parseInt(values.get("memory-complaints")), Integer.parseInt(values.get("memory-synced")),
                Integer.parseInt(values.get("idle-seconds")),
                values.get("max-heap"), Duration.ofMinutes(Long.parseLong(values.get("timeout-minutes"))),
                Boolean.parseBoolean(values.get("skip-baseline")), Boolean.parseBoolean(values.get("jfr")));
    }
}
