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
 * <p>Usage: {@code java -cp target/test-classes id.laporbridge.bench.JfrTop FILE.jfr [ROWS]}.
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> nearest = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
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
            nearest.merge(project == null ? "(no project frame)" : project, 1, Integer::sum);
            String thread = event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        System.out.printf("%d execution samples in %s%n", samples, args[0]);
        print("self (top frame)", self, samples, rows);
        print("inclusive, id.laporbridge methods", inclusive, samples, rows);
        print("nearest id.laporbridge frame and line", nearest, samples, rows);
        print("threads", threads, samples, rows);
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
