package id.laporbridge.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every key the bridge reads, defined once with its type, default and meaning. */
public final class SettingsCatalog {

    private static final List<SettingKey> KEYS = List.of(
            key("bridge.store.jdbc-url", "string", "jdbc:h2:file:./work/lapor-bridge",
                    "JDBC URL of the H2 store"),
            key("bridge.store.pool-size", "int", "4", "maximum connections to the store"),
            key("bridge.routes.dir", "path", "routes", "folder of the Camel YAML route files"),
            key("bridge.sp4n.base-url", "url", null, "base URL of SP4N-LAPOR!"),
            secret("bridge.sp4n.keytoken", "KEYTOKEN sent with every SP4N-LAPOR! call"),
            key("bridge.sp4n.poll-interval-ms", "int", "60000", "time between two SP4N-LAPOR! polls"),
            key("bridge.sp4n.page-size", "int", "100", "complaints asked per SP4N-LAPOR! page (at most 100)"),
            key("bridge.sp4n.overlap-seconds", "int", "120",
                    "how far before the cursor each SP4N-LAPOR! poll starts reading again"),
            key("bridge.sp4n.max-pages-per-poll", "int", "1000", "pages read per institution in one poll"),
            key("bridge.lapor-bantul.base-url", "url", null, "base URL of Lapor Bantul"),
            secret("bridge.lapor-bantul.client-id", "client id for the Lapor Bantul token"),
            secret("bridge.lapor-bantul.client-secret", "client secret for the Lapor Bantul token"),
            key("bridge.lapor-bantul.poll-interval-ms", "int", "60000", "time between two Lapor Bantul polls"),
            key("bridge.lapor-bantul.page-size", "int", "100", "aduan asked per Lapor Bantul page"),
            key("bridge.lapor-bantul.overlap-seconds", "int", "120",
                    "how far before the cursor each Lapor Bantul poll starts reading again"),
            key("bridge.lapor-bantul.max-pages-per-poll", "int", "1000", "pages read in one Lapor Bantul poll"),
            key("bridge.lapor-bantul.token-renew-before-seconds", "int", "60",
                    "renew the Lapor Bantul token this long before it expires"),
            key("bridge.http.connect-timeout-ms", "int", "10000", "timeout to open an upstream connection"),
            key("bridge.http.read-timeout-ms", "int", "30000", "timeout to wait for an upstream reply"),
            key("bridge.http.pool-wait-timeout-ms", "int", "10000", "timeout to wait for a pooled connection"),
            key("bridge.outbox.interval-ms", "int", "15000", "time between two outbox deliveries"),
            key("bridge.outbox.batch-size", "int", "50", "items claimed per delivery run and action"),
            key("bridge.outbox.max-attempts", "int", "10", "attempts before an item becomes a dead letter"),
            key("bridge.outbox.backoff-seconds", "int-list", "30,60,300,900,3600",
                    "wait after the 1st, 2nd, ... failed attempt; the last value repeats"),
            key("bridge.outbox.lease-seconds", "int", "300",
                    "after this long an item still marked as sending is claimed again (after a crash)"),
            key("bridge.normalize.max-text-bytes", "int", "100000",
                    "a record whose title, body or message is longer than this many UTF-8 bytes is quarantined"),
            key("bridge.health.unhealthy-after-failed-polls", "int", "3",
                    "a source is marked unhealthy after this many failed listing polls in a row"),
            key("bridge.health.stale-after-working-hours", "int", "8",
                    "a source is marked stale after this many working hours (default schedule of "
                            + "working-calendar.yaml) without a new or changed record"),
            key("bridge.client-ref-prefix", "string", "lapor-bridge",
                    "prefix of the client_ref on messages the bridge posts"),
            key("bridge.sla.check-interval-ms", "int", "60000", "time between two SLA checks"),
            key("bridge.sla.check-start-delay-ms", "int", "5000", "delay before the first SLA check after start"),
            key("bridge.sla.holiday-check-cron", "cron", "0 0 7 * * ?",
                    "Quartz cron of the daily check that the holiday file covers the next 60 days"),
            key("bridge.sla.holiday-check-time-zone", "zone", "Asia/Jakarta", "time zone of that cron"));

    private static final Map<String, SettingKey> BY_NAME = index();

    private SettingsCatalog() {
    }

    public static List<SettingKey> keys() {
        return KEYS;
    }

    public static Optional<SettingKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Returns the README's configuration table, one row per key, so the README can be checked against it. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| key | environment variable | type | default | meaning |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        for (SettingKey key : KEYS) {
            String defaultValue = key.defaultValue() == null ? "(required)" : "`" + key.defaultValue() + "`";
            table.append("| `").append(key.name()).append("` | `").append(key.environmentVariable()).append("` | ")
                    .append(key.type()).append(" | ").append(defaultValue).append(" | ").append(key.meaning())
                    .append(" |\n");
        }
        return table.toString();
    }

    private static SettingKey key(String name, String type, String defaultValue, String meaning) {
        return new SettingKey(name, type, defaultValue, meaning, false);
    }

    private static SettingKey secret(String name, String meaning) {
        return new SettingKey(name, "secret", null, meaning, true);
    }

    private static Map<String, SettingKey> index() {
        Map<String, SettingKey> byName = new LinkedHashMap<>();
        KEYS.forEach(key -> byName.put(key.name(), key));
        return byName;
    }
}
