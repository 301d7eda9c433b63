package id.laporbridge.bench;

import java.time.Duration;

/**
 * Settings of one {@link SyncBenchmark} run, given as {@code name=value} arguments.
 *
 * @param complaints SP4N complaints in the backfill ({@code complaints}, default 100,000)
 * @param latencyChanges upstream changes timed in the latency run ({@code latency-changes}, default 200; 0 skips it)
 * @param latencyPollMs poll interval of both listings in the latency run ({@code latency-poll-ms}, default 5,000)
 * @param memoryComplaints SP4N complaints of the heap run; with their aduan the store contains twice as many
 *     ({@code memory-complaints}, default 500,000; 0 skips it)
 * @param idleSeconds length of the idle CPU measurement ({@code idle-seconds}, default 60; 0 skips it)
 * @param maxHeap {@code -Xmx} of the bridge and the baseline JVMs ({@code max-heap}, default 256m)
 * @param timeout longest wait for any one step ({@code timeout-minutes}, default 60)
 * @param skipBaseline leaves the baseline out ({@code skip-baseline}, default false)
 */
record BenchOptions(int complaints, int latencyChanges, int latencyPollMs, int memoryComplaints, int idleSeconds,
                    String maxHeap, Duration timeout, boolean skipBaseline) {

    static BenchOptions parse(String[] args) {
        BenchOptions options = new BenchOptions(100_000, 200, 5_000, 500_000, 60, "256m", Duration.ofMinutes(60),
                false);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Invalid argument '" + arg + "': expected name=value");
            }
            options = options.with(arg.substring(0, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private BenchOptions with(String name, String value) {
        return switch (name) {
            case "complaints" -> new BenchOptions(Integer.parseInt(value), latencyChanges, latencyPollMs,
                    memoryComplaints, idleSeconds, maxHeap, timeout, skipBaseline);
            case "latency-changes" -> new BenchOptions(complaints, Integer.parseInt(value), latencyPollMs,
                    memoryComplaints, idleSeconds, maxHeap, timeout, skipBaseline);
            case "latency-poll-ms" -> new BenchOptions(complaints, latencyChanges, Integer.parseInt(value),
                    memoryComplaints, idleSeconds, maxHeap, timeout, skipBaseline);
            case "memory-complaints" -> new BenchOptions(complaints, latencyChanges, latencyPollMs,
                    Integer.parseInt(value), idleSeconds, maxHeap, timeout, skipBaseline);
            case "idle-seconds" -> new BenchOptions(complaints, latencyChanges, latencyPollMs, memoryComplaints,
                    Integer.parseInt(value), maxHeap, timeout, skipBaseline);
            case "max-heap" -> new BenchOptions(complaints, latencyChanges, latencyPollMs, memoryComplaints,
                    idleSeconds, value, timeout, skipBaseline);
            case "timeout-minutes" -> new BenchOptions(complaints, latencyChanges, latencyPollMs, memoryComplaints,
                    idleSeconds, maxHeap, Duration.ofMinutes(Long.parseLong(value)), skipBaseline);
            case "skip-baseline" -> new BenchOptions(complaints, latencyChanges, latencyPollMs, memoryComplaints,
                    idleSeconds, maxHeap, timeout, Boolean.parseBoolean(value));
            default -> throw new IllegalArgumentException("Unknown option '" + name + "': use complaints, "
                    + "latency-changes, latency-poll-ms, memory-complaints, idle-seconds, max-heap, timeout-minutes "
                    + "or skip-baseline");
        };
    }
}
