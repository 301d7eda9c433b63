package id.laporbridge.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Watch over the threads that start the bridge. Until the start finishes, it logs a warning at every interval
 * with the state and stack of each watched thread, so that a hung start shows where it hangs. Stacks contain
 * code locations only, never data.
 */
final class StartWatch implements AutoCloseable {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(StartWatch.class);

    private final List<Thread> watched;
    private final Duration interval;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread watcher;

    private StartWatch(List<Thread> watched, Duration interval) {
        this.watched = watched;
        this.interval = interval;
        this.watcher = new Thread(this::watch, "lapor-bridge-start-watch");
        watcher.setDaemon(true);
    }

    /** Starts watching {@code watched}, reporting every {@code interval} until {@link #close()}. */
    static StartWatch begin(List<Thread> watched, Duration interval) {
        StartWatch watch = new StartWatch(List.copyOf(watched), interval);
        watch.watcher.start();
        return watch;
    }

    private void watch() {
        long started = System.nanoTime();
        try {
            while (!finished.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                watched.forEach(thread -> report(thread, waitedSeconds));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(Thread thread, long waitedSeconds) {
        if (!thread.isAlive()) {
            return;
        }
        LOG.warn("Start not finished yet waitedSeconds={} thread={} state={}", waitedSeconds, thread.getName(),
                thread.getState(), new ThreadStack(thread));
    }

    /** Ends the watch. The watching thread has ended when this returns. */
    @Override
    public void close() throws InterruptedException {
        finished.countDown();
        watcher.join();
    }

    /** The stack of a watched thread, logged as the stack of this throwable. */
    static final class ThreadStack extends RuntimeException {

        ThreadStack(Thread thread) {
            super("stack of " + thread.getName(), null, false, true);
            setStackTrace(thread.getStackTrace());
        }
    }
}
