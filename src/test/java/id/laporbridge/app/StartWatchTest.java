package id.laporbridge.app;

import ch.qos.logback.classic.Level;
import id.laporbridge.support.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StartWatchTest {

    @Test
    void stuckThreadReportedWithStack() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = new Thread(() -> waitFor(release), "store-open-under-test");
        stuck.start();
        try (LogCapture logs = new LogCapture(StartWatch.class)) {
            StartWatch watch = StartWatch.begin(List.of(stuck), Duration.ofMillis(50));

            await().atMost(Duration.ofSeconds(10)).until(() -> !logs.messages(Level.WARN, "Start not finished")
                    .isEmpty());
            watch.close();

            assertThat(logs.messages(Level.WARN, "Start not finished").get(0))
                    .contains("thread=store-open-under-test", "state=WAITING");
            assertThat(logs.texts()).anySatisfy(text -> assertThat(text)
                    .contains(StartWatch.ThreadStack.class.getName(), "stack of store-open-under-test"));
            assertThat(logs.stackTraces()).anySatisfy(frames -> assertThat(frames)
                    .anyMatch(frame -> frame.contains("StartWatchTest.waitFor")));
            assertThat(Thread.getAllStackTraces().keySet()).as("threads after close")
                    .noneMatch(thread -> thread.getName().equals("lapor-bridge-start-watch"));
        } finally {
            release.countDown();
            stuck.join();
        }
    }

    @Test
    void endedThreadNotReported() throws Exception {
        Thread ended = new Thread(() -> { }, "ended-under-test");
        ended.start();
        ended.join();
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = new Thread(() -> waitFor(release), "still-running-under-test");
        stuck.start();
        try (LogCapture logs = new LogCapture(StartWatch.class)) {
            StartWatch watch = StartWatch.begin(List.of(ended, stuck), Duration.ofMillis(50));

            await().atMost(Duration.ofSeconds(10)).until(() -> logs.messages(Level.WARN, "Start not finished")
                    .size() >= 2);
            watch.close();

            assertThat(logs.messages(Level.WARN, "Start not finished"))
                    .allMatch(message -> message.contains("thread=still-running-under-test"));
        } finally {
            release.countDown();
            stuck.join();
        }
    }

    private static void waitFor(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
