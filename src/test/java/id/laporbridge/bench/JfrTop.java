package id.laporbridge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the {@code jdk.ExecutionSample} events of a JFR file: the methods most often on top of the stack
 * (self), the project's methods most often anywhere on it (inclusive), the project line nearest the top of each
 * stack, and the samples per thread name.
 *
 * <p>Usage: {@code java -cp target/test-classes id.laporbridge.bench.JfrTop FILE.jfr [ROWS [METHOD [DEPTH]]]}.
 * With a METHOD such as {@code id.laporbridge.store.Database.inTransaction}, it also lists, over the samples that
 * have it on the stack, the project frames that call it and its most common call paths, DEPTH frames each.
 * {@code -Djfrtop.last-seconds=N} counts only the samples of the recording's last N seconds.
 */
public final class JfrTop {

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> nearest = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> callers = new HashMap<>();
    private final Map<String, Integer> within = new HashMap<>();
    private final Map<String, Integer> paths = new HashMap<>();
    private final String traced;
    private final int depth;
    private int samples;

    private JfrTop(String traced, int depth) {
        this.traced = traced;
        this.depth = depth;
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        JfrTop top = new JfrTop(args.length > 2 ? args[2] : null, args.length > 3 ? Integer.parseInt(args[3]) : 12);
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        java.time.Instant from = firstInstant(events);
        for (RecordedEvent event : events) {
            boolean sample = event.getEventType().getName().equals("jdk.ExecutionSample");
            if (sample && event.getStackTrace() != null && !event.getStartTime().isBefore(from)) {
                top.add(event);
            }
        }

        System.out.printf("%d execution samples in %s%n", top.samples, args[0]);
        top.report(rows);
    }

    private void add(RecordedEvent event) {
        samples++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
        }

        Set<String> seen = new HashSet<>();
        String project = null;
        for (RecordedFrame frame : frames) {
            String method = name(frame.getMethod());
            if (method.startsWith("id.laporbridge.") && seen.add(method)) {
                inclusive.merge(method, 1, Integer::sum);
                if (project == null) {
                    project = method + ":" + frame.getLineNumber();
                }
            }
        }
        if (traced != null && traceCaller(frames, traced, callers)) {
            within.merge(project, 1, Integer::sum);
            paths.merge(path(frames, traced, depth), 1, Integer::sum);
        }
        nearest.merge(project == null ? "(no project frame)" : project, 1, Integer::sum);

        String thread = event.getThread("sampledThread") == null ? null
                : event.getThread("sampledThread").getJavaName();
        threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1, Integer::sum);
    }

    private void report(int rows) {
        print("self (top frame)", self, samples, rows);
        print("inclusive, id.laporbridge methods", inclusive, samples, rows);
        print("nearest id.laporbridge frame and line", nearest, samples, rows);
        print("threads", threads, samples, rows);
        if (traced != null) {
            print("callers of " + traced, callers, samples, rows);
            print("nearest project line, within " + traced, within, samples, rows);
            print("callers of " + traced + ", " + depth + " frames", paths, samples, 5);
        }
    }

    /**
     * Counts the first project frame that calls the outermost frame of {@code traced}, with its line; returns
     * whether the stack contains {@code traced}.
     */
    private static boolean traceCaller(List<RecordedFrame> frames, String traced, Map<String, Integer> callers) {
        for (int i = frames.size() - 1; i > 0; i--) {
            if (name(frames.get(i).getMethod()).equals(traced)) {
                for (int j = i + 1; j < frames.size(); j++) {
                    String method = name(frames.get(j).getMethod());
                    if (method.startsWith("id.laporbridge.") && !method.contains("$$Lambda")) {
                        callers.merge(method + ":" + frames.get(j).getLineNumber(), 1, Integer::sum);
                        return true;
                    }
                }
                callers.merge("(no project caller)", 1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the start of the samples to count: all of them, or with {@code -Djfrtop.last-seconds=N} the last N
     * seconds of the recording, e.g. an idle period at its end.
     */
    private static java.time.Instant firstInstant(List<RecordedEvent> events) {
        long lastSeconds = Long.getLong("jfrtop.last-seconds", 0);
        if (lastSeconds <= 0) {
            return java.time.Instant.MIN;
        }
        java.time.Instant end = events.stream().map(RecordedEvent::getEndTime).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.MIN);
        return end.minusSeconds(lastSeconds);
    }

    /** Returns the frames from the innermost {@code traced} outwards, up to {@code depth}, one per line. */
    private static String path(List<RecordedFrame> frames, String traced, int depth) {
        int start = 0;
        while (start < frames.size() && !name(frames.get(start).getMethod()).equals(traced)) {
            start++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = start; i < Math.min(frames.size(), start + depth); i++) {
            path.append("\n            ").append(name(frames.get(i).getMethod())).append(':')
                    .append(frames.get(i).getLineNumber());
        }
        return path.toString();
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int rows) {
        System.out.printf("%n%s:%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * entry.getValue() / total,
                        entry.getValue(), entry.getKey()));
    }
}
