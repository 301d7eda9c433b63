package id.laporbridge.deliver;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import id.laporbridge.support.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Wake-ups of a scheduled delivery job, of a job not loaded in the context, and on a scheduler that failed. */
class DeliveryWakeUpTest {

    private final AtomicInteger deliveries = new AtomicInteger();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DeliveryWakeUp.class);
    private final Level levelBefore = logger.getLevel();
    private CamelContext context;

    /** Starts one Quartz-driven route whose cron fires in 2099 only, so any run in the test is a wake-up. */
    @BeforeEach
    void startContext() throws Exception {
        logger.setLevel(Level.DEBUG);
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("quartz://deliver/answers-to-sp4n?cron=0+0+0+1+1+?+2099&stateful=true")
                        .process(exchange -> deliveries.incrementAndGet());
            }
        });
        context.start();
    }

    @AfterEach
    void stopContext() {
        context.stop();
        logger.setLevel(levelBefore);
    }

    @Test
    void scheduledJobRunsNow() {
        new DeliveryWakeUp().wake("deliver/answers-to-sp4n", new DefaultExchange(context));

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.get() == 1);
    }

    @Test
    void jobNotScheduledLogsDebugOnly() {
        try (LogCapture log = new LogCapture(DeliveryWakeUp.class)) {
            new DeliveryWakeUp().wake("deliver/mirror-to-lapor-bantul", new DefaultExchange(context));

            assertThat(log.messages(Level.WARN, "")).as("warnings").isEmpty();
            assertThat(log.messages(Level.DEBUG, "Delivery wake-up skipped job=deliver.mirror-to-lapor-bantul"))
                    .hasSize(1);
        }
        assertThat(deliveries).hasValue(0);
    }

    @Test
    void schedulerFailureLogsWarning() throws Exception {
        context.getComponent("quartz", QuartzComponent.class).getScheduler().shutdown();

        try (LogCapture log = new LogCapture(DeliveryWakeUp.class)) {
            new DeliveryWakeUp().wake("deliver/answers-to-sp4n", new DefaultExchange(context));

            assertThat(log.messages(Level.WARN, "Delivery wake-up failed job=deliver.answers-to-sp4n")).hasSize(1);
        }
    }
}
