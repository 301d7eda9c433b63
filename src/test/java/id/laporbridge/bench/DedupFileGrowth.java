package id.laporbridge.bench;

import id.laporbridge.dedup.ComplaintText;
import id.laporbridge.dedup.DedupSettings;
import id.laporbridge.dedup.DuplicateDetector;
import id.laporbridge.dedup.DuplicateLink;
import id.laporbridge.dedup.LinkKind;
import id.laporbridge.demo.SyntheticComplaints;
import id.laporbridge.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Measures how much the duplicate check writes to the store file, without the sync around it.
 *
 * <p>Checks N synthetic complaints, filed over 60 days and taken oldest first as after a backfill, in batches
 * through {@link DuplicateDetector#checkAll} as the bridge's check job does, on a store opened with the bridge's
 * settings. Every 10 batches it prints the file size and H2's own figures (chunks written, bytes written, chunk
 * fill rate). At the end it prints the links found, the check time per complaint, the live size of each table,
 * and the file size after {@code SHUTDOWN COMPACT}, then deletes the store. Run from the project folder:
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.laporbridge.bench.DedupFileGrowth -Dexec.args="20000 200"}
 */
public final class DedupFileGrowth {

    private static final long SEED = 11L;
    private static final Instant LAST_FILED = Instant.parse("2026-12-01T00:00:00Z");

    private DedupFileGrowth() {
    }

    public static void main(String[] args) throws Exception {
        var root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path folder = Files.createTempDirectory("dedup-file-growth-");
        Path file = folder.resolve("store.mv.db");
        String jdbcUrl = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath();
        try (Database database = Database.open(jdbcUrl, 4)) {
            checkAll(database, file, count, batchSize);
        }
        System.out.printf(Locale.ROOT, "file after close: %.1f MB%n", Files.size(file) / 1e6);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        System.out.printf(Locale.ROOT, "file after SHUTDOWN COMPACT: %.1f MB%n", Files.size(file) / 1e6);
        deleteFolder(folder);
    }

    private static void checkAll(Database database, Path file, int count, int batchSize) throws Exception {
        DuplicateDetector detector = DuplicateDetector.open(database.dataSource(), DedupSettings.defaults());
        SyntheticComplaints generator =
                new SyntheticComplaints(SEED, count, 0.05, LAST_FILED.minus(Duration.ofDays(60)), LAST_FILED);
        long started = System.nanoTime();
        long checkNanos = 0;
        long links = 0;
        long duplicates = 0;
        long nextId = 1;
        for (int batch = 1; generator.hasNext(); batch++) {
            List<ComplaintText> texts = new ArrayList<>(batchSize);
            while (generator.hasNext() && texts.size() < batchSize) {
                texts.add(DedupBenchmark.toComplaintText(nextId++, generator.next()));
            }
            long batchStarted = System.nanoTime();
            List<DuplicateLink> found = detector.checkAll(texts, connection -> { });
            checkNanos += System.nanoTime() - batchStarted;
            links += found.size();
            duplicates += found.stream().filter(link -> link.kind() == LinkKind.DUPLICATE).count();
            if (batch % 10 == 0 || !generator.hasNext()) {
                printSample(database, file, started, nextId - 1);
            }
        }
        System.out.printf(Locale.ROOT, "checked=%d links=%d duplicateLinks=%d check=%.3f ms per complaint%n", count,
                links, duplicates, checkNanos / 1e6 / count);
        System.out.println(detector.counts());
        printTableSizes(database);
    }

    private static void printSample(Database database, Path file, long started, long checked)
            throws SQLException, java.io.IOException {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.1fs checked=%d file=%.1fMB",
                (System.nanoTime() - started) / 1e9, checked, Files.size(file) / 1e6));
        String sql = "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                + "('info.FILE_WRITE', 'info.FILE_WRITE_BYTES', 'info.CHUNKS_FILL_RATE', 'info.CHUNK_COUNT')";
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                line.append(' ').append(rows.getString(1).substring("info.".length())).append('=')
                        .append(rows.getString(2));
            }
        }
        System.out.println(line);
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void printTableSizes(Database database) throws SQLException {
        String sql = "SELECT TABLE_NAME, DISK_SPACE_USED('\"' || TABLE_NAME || '\"') FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 2 DESC LIMIT 5";
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                System.out.printf(Locale.ROOT, "  %s %.1f MB%n", rows.getString(1), rows.getLong(2) / 1e6);
            }
        }
    }
}
