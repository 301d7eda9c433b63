package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LshCandidateTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String ROAD = "Jalan di padukuhan Karangrejo kalurahan Sriharjo berlubang besar dekat masjid dan "
            + "rumah Pak Joko sudah dua bulan belum ditambal mohon segera diperbaiki";
    static final String WASTE = "Sampah di depo pasar Pleret menumpuk dan berbau busuk tidak diangkut petugas sejak "
            + "lebaran warga terganggu lalat";

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
    void bandsFindNearCopyAmongOthers() {
        detector.indexWithoutChecking(List.of(text(1, ROAD), text(2, WASTE)));

        List<DuplicateLink> links = detector.preview(text(3, ROAD.replace("mohon segera diperbaiki", "tolong")));

        assertThat(links).extracting(DuplicateLink::otherId).containsExactly(1L);
    }

    @Test
    void unrelatedTextFindsNothing() {
        detector.indexWithoutChecking(List.of(text(1, ROAD)));

        assertThat(detector.preview(text(2, WASTE))).isEmpty();
    }

    @Test
    void bandKeysCarryBandNumber() {
        LshBands bands = new LshBands(80, 20);
        long[] keys = bands.bucketKeys(new MinHasher(80, 1).signature(new long[] {5, 6, 7}));

        assertThat(bands.rowsPerBand()).isEqualTo(4);
        for (int band = 0; band < keys.length; band++) {
            assertThat(keys[band] >>> 56).isEqualTo(band);
        }
    }

    static ComplaintText text(long id, String body) {
        return new ComplaintText(id, "lapor-bantul", "U" + id, body, NOW, "DPUPKP", "Imogiri", "JALAN", null, null);
    }
}
