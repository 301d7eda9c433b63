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
            key("bridge.store.pool-size", "int 2..", "4", "maximum connections to the store"),
            key("bridge.routes.dir", "path", "routes", "folder of the Camel YAML route files"),
            key("bridge.routes.reload-enabled", "boolean", "true",
                    "reload a route file when it changes on disk, without a restart"),
            key("bridge.config.reload-check-interval-ms", "int 100..", "5000",
                    "how often the YAML maps in the configuration folder are checked for edits"),
            key("bridge.sp4n.base-url", "url", null, "base URL of SP4N-LAPOR!"),
            secret("bridge.sp4n.keytoken", "KEYTOKEN sent with every SP4N-LAPOR! call"),
            key("bridge.sp4n.poll-interval-ms", "int 100..", "60000", "time between two SP4N-LAPOR! polls"),
            key("bridge.sp4n.page-size", "int 1..100", "100", "complaints asked per SP4N-LAPOR! page (at most 100)"),
            key("bridge.sp4n.overlap-seconds", "int 0..", "120",
                    "how far before the cursor an SP4N-LAPOR! poll starts reading again; once the cursor has stayed "
                            + "put this long and one more poll has ended, polls start at the cursor"),
            key("bridge.sp4n.max-pages-per-poll", "int 1..", "1000", "pages read per institution in one poll"),
            key("bridge.lapor-bantul.base-url", "url", null, "base URL of Lapor Bantul"),
            secret("bridge.lapor-bantul.client-id", "client id for the Lapor Bantul token"),
            secret("bridge.lapor-bantul.client-secret", "client secret for the Lapor Bantul token"),
            key("bridge.lapor-bantul.poll-interval-ms", "int 100..", "60000", "time between two Lapor Bantul polls"),
            key("bridge.lapor-bantul.page-size", "int 1..100", "100", "aduan asked per Lapor Bantul page"),
            key("bridge.lapor-bantul.overlap-seconds", "int 0..", "120",
                    "how far before the cursor a Lapor Bantul poll starts reading again; once the cursor has stayed "
                            + "put this long and one more poll has ended, polls start at the cursor"),
            key("bridge.lapor-bantul.max-pages-per-poll", "int 1..", "1000", "pages read in one Lapor Bantul poll"),
            key("bridge.lapor-bantul.token-renew-before-seconds", "int 0..", "60",
                    "renew the Lapor Bantul token this long before it expires"),
            key("bridge.http.connect-timeout-ms", "int 1..", "10000", "timeout to open an upstream connection"),
            key("bridge.http.read-timeout-ms", "int 1..", "30000", "timeout to wait for an upstream reply"),
            key("bridge.http.pool-wait-timeout-ms", "int 1..", "10000", "timeout to wait for a pooled connection"),
            key("bridge.http.max-connections", "int 1..", "20",
                    "open connections per upstream URL in the route files (all Lapor Bantul calls share one); a call "
                            + "waits up to the pool wait timeout for a free one"),
            key("bridge.outbox.interval-ms", "int 100..", "15000", "time between two outbox deliveries"),
            key("bridge.outbox.batch-size", "int 1..", "50", "items claimed per delivery run and action"),
            key("bridge.outbox.mirror-parallel-calls", "int 1..16", "2",
                    "aduan the mirror flow creates in Lapor Bantul at the same time, each for another complaint"),
            key("bridge.outbox.max-attempts", "int 1..", "10", "attempts before an item becomes a dead letter"),
            key("bridge.outbox.backoff-seconds", "int-list", "30,60,300,900,3600",
                    "seconds to wait after the 1st, 2nd, ... failed attempt; the last value repeats"),
            key("bridge.outbox.lease-seconds", "int 1..", "300",
                    "after this long an item still marked as sending is claimed again (after a crash)"),
            key("bridge.normalize.max-text-bytes", "int 1..", "100000",
                    "a record whose title, body or message is longer than this many UTF-8 bytes is quarantined"),
            key("bridge.health.enabled", "boolean", "true", "serve /health/live, /health/ready and /metrics"),
            key("bridge.health.host", "string", "127.0.0.1",
                    "address the health endpoint binds to; keep it on loopback unless a firewall guards it"),
            key("bridge.health.port", "int 0..65535", "8090", "port of the health endpoint; 0 picks a free port"),
            key("bridge.health.unhealthy-after-failed-polls", "int 1..", "3",
                    "a source is marked unhealthy after this many failed listing polls in a row"),
            key("bridge.health.stale-after-working-hours", "int 1..", "8",
                    "a source is marked stale after this many working hours (default schedule of "
                            + "working-calendar.yaml) without a new or changed record"),
            key("bridge.client-ref-prefix", "string", "lapor-bridge",
                    "prefix of the client_ref on messages the bridge posts"),
            key("bridge.dedup.check-interval-ms", "int 100..", "10000", "time between two duplicate checks"),
            key("bridge.dedup.batch-size", "int 1..", "200", "complaints checked per batch, in one transaction"),
            key("bridge.dedup.yield-max-seconds", "int 0..", "300",
                    "while polls or deliveries moved records in the last 5 s, the duplicate check waits, but "
                            + "at most this long between two batches; 0 never waits"),
            key("bridge.dedup.shingle-size", "int 1..", "2", "words per shingle; a change rebuilds the index"),
            key("bridge.dedup.hash-count", "int 1..", "80", "MinHash functions per text; a change rebuilds the index"),
            key("bridge.dedup.bands", "int 1..", "20", "LSH bands, dividing hash-count; a change rebuilds the index"),
            key("bridge.dedup.threshold", "decimal", "0.6", "Jaccard similarity from which two texts match"),
            key("bridge.dedup.containment-threshold", "decimal", "0.8",
                    "share of the shorter text found in the longer from which a cut-short resend matches"),
            key("bridge.dedup.window-days", "int 1..", "30", "days between two filings that can still match"),
            key("bridge.dedup.same-opd", "boolean", "true", "match only complaints of the same OPD"),
            key("bridge.dedup.same-kapanewon", "boolean", "true",
                    "match only complaints of the same kapanewon when both name one"),
            key("bridge.dedup.same-category", "boolean", "false",
                    "match only complaints of the same category; categories are compared within one app only"),
            key("bridge.dedup.template-reporter-limit", "int 1..", "5",
                    "text shared by more reporters than this is stock wording, recorded as similar only"),
            key("bridge.sla.check-cron", "cron", "0 0/5 * * * ?",
                    "Quartz cron of the SLA check; a check never overlaps the previous one, and missed slots give "
                            + "one check"),
            key("bridge.sla.check-time-zone", "zone", "Asia/Jakarta", "time zone of that cron"),
            key("bridge.sla.yield-max-seconds", "int 0..", "600",
                    "while polls or deliveries moved records in the last 5 s, an SLA check is skipped, unless the "
                            + "last check ran this long ago; 0 never skips"),
            key("bridge.sla.holiday-check-cron", "cron", "0 0 7 * * ?",
                    "Quartz cron of the daily check that the holiday file covers the next 60 days"),
            key("bridge.sla.holiday-check-time-zone", "zone", "Asia/Jakarta", "time zone of that cron"),
            key("bridge.sla.digest-cron", "cron", "0 0 7 * * ?",
                    "Quartz cron of the daily SLA digest per OPD; it is written on working days only"),
            key("bridge.sla.digest-time-zone", "zone", "Asia/Jakarta", "time zone of that cron"),
            key("bridge.sla.digest-dir", "path", "digests",
                    "folder the daily SLA digest files are written to, relative to the working directory"),
            key("bridge.report.dir", "path", "reports",
                    "folder the monthly SOP report is written to, relative to the working directory"),
            key("bridge.report.formats", "list", "html,xlsx",
                    "formats of the monthly SOP report, any of html, csv and xlsx"),
            key("bridge.report.cron", "cron", "0 0 7 * * ?",
                    "Quartz cron of the daily run that writes the previous month's report from the month's first "
                            + "working day on, when it is not written yet"),
            key("bridge.report.time-zone", "zone", "Asia/Jakarta", "time zone of that cron"));

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
