package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockWordingGuardTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String REPORT = "Lampu jalan di padukuhan Glagahsari dekat makam Pak Wagiman mati sudah "
            + "tiga minggu sehingga jalan gelap mohon diperbaiki";
    private static final String TEMPLATE = "mohon bantuan beras untuk keluarga kami terima kasih";
    private static final List<String> DUSUN = List.of("Karangrejo", "Sumbersari", "Tegalharjo", "Kalimulyo",
            "Watukidul", "Gununglor", "Wonowetan", "Sidokulon", "Jatitengah", "Bulusewu", "Turiasri", "Bejijati");

    @TempDir
    Path folder;
    HikariDataSource dataSource;
    DuplicateDetector detector;

    @BeforeEach
    void open() {
        dataSource = TestDatabase.migrated(folder);
        detector = DuplicateDetector.open(dataSource, DedupSettings.defaults());
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void sameReporterResendIsDuplicate() {
        detector.check(complaint(1, REPORT, "reporter-a", null));

        List<DuplicateLink> links = detector.check(complaint(2, REPORT, "reporter-a", null));

        assertThat(links).singleElement().extracting(DuplicateLink::kind).isEqualTo(LinkKind.DUPLICATE);
    }

    @Test
    void differentReportersAreOnlySimilar() {
        detector.check(complaint(1, REPORT, "reporter-a", null));

        List<DuplicateLink> links = detector.check(complaint(2, REPORT, "reporter-b", null));

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.SIMILAR);
            assertThat(link.reason()).contains("different reporters");
        });
    }

    @Test
    void differentLocationsAreOnlySimilar() {
        detector.check(complaint(1, REPORT, null, "kalurahan-1"));

        List<DuplicateLink> links = detector.check(complaint(2, REPORT, null, "kalurahan-2"));

        assertThat(links).singleElement().extracting(DuplicateLink::kind).isEqualTo(LinkKind.SIMILAR);
    }

    @Test
    void textSharedByManyReportersIsStockWording() {
        for (long id = 1; id <= 6; id++) {
            detector.check(complaint(id, TEMPLATE, null, null));
        }

        List<DuplicateLink> links = detector.check(complaint(7, TEMPLATE, null, null));

        assertThat(links).hasSize(6).allSatisfy(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.SIMILAR);
            assertThat(link.reason()).contains("7 reporters");
        });
    }

    @Test
    void matchOfOnlyCommonWordsIsStockWording() {
        List<ComplaintText> background = new ArrayList<>();
        for (long id = 100; id < 112; id++) {
            background.add(complaint(id, "warga minta bantuan beras untuk keluarga kami di " + DUSUN.get((int) id - 100),
                    null, null));
        }
        detector.indexWithoutChecking(background);
        detector.check(complaint(1, "bantuan beras keluarga kami", null, null));

        List<DuplicateLink> links = detector.check(complaint(2, "bantuan beras keluarga kami", null, null));

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.SIMILAR);
            assertThat(link.reason()).contains("every shared word");
        });
    }

    private static ComplaintText complaint(long id, String text, String reporterKey, String locationKey) {
        return new ComplaintText(id, "lapor-bantul", "U" + id, text, NOW, "DINSOS", "Sewon", "BANSOS", reporterKey,
                locationKey);
    }
}
