package id.laporbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticComplaintsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void sameSeedGivesSameComplaints() {
        assertThat(new SyntheticComplaints(5, 200, 0.1, FROM, TO).generateAll())
                .isEqualTo(new SyntheticComplaints(5, 200, 0.1, FROM, TO).generateAll());
    }

    @Test
    void fieldsStayWithinCatalog() {
        for (SyntheticComplaint complaint : new SyntheticComplaints(6, 500, 0.0, FROM, TO).generateAll()) {
            assertThat(BantulCatalog.KALURAHAN_BY_KAPANEWON.get(complaint.kapanewon())).contains(complaint.kalurahan());
            assertThat(complaint.createdAt()).isBetween(FROM, TO);
            if (complaint.anonymous()) {
                assertThat(complaint.reporterName()).isNull();
                assertThat(complaint.reporterPhone()).isNull();
            } else {
                assertThat(complaint.reporterName()).isNotBlank();
                assertThat(complaint.reporterPhone()).startsWith("08");
                assertThat(complaint.reporterEmail()).endsWith("@example.com");
            }
        }
        assertThat(BantulCatalog.KAPANEWON).hasSize(17);
    }

    @Test
    void freshTextsDiffer() {
        List<SyntheticComplaint> complaints = new SyntheticComplaints(7, 500, 0.0, FROM, TO).generateAll();

        assertThat(new HashSet<>(complaints.stream().map(SyntheticComplaint::body).toList())).hasSize(500);
    }

    @Test
    void plantsResendsAtRequestedRate() {
        SyntheticComplaints generator = new SyntheticComplaints(8, 2_000, 0.1, FROM, TO);
        Map<String, SyntheticComplaint> byKey = generator.generateAll().stream()
                .collect(Collectors.toMap(SyntheticComplaint::key, Function.identity()));
        List<PlantedPair> planted = generator.plantedPairs();

        assertThat(planted.size()).isBetween(150, 250);
        assertThat(planted).extracting(PlantedPair::variant).contains(ResendVariant.values());
        for (PlantedPair pair : planted) {
            SyntheticComplaint original = byKey.get(pair.originalKey());
            SyntheticComplaint copy = byKey.get(pair.duplicateKey());
            assertThat(copy.kapanewon()).isEqualTo(original.kapanewon());
            assertThat(copy.reporterPhone()).isEqualTo(original.reporterPhone());
            assertThat(copy.createdAt()).isAfter(original.createdAt());
        }
    }
}
