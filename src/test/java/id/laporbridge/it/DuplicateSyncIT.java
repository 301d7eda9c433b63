package id.laporbridge.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Duplicate detection across both apps, through the real duplicate-check flow. */
class DuplicateSyncIT {

    private static final String TEXT = "Jalan di depan SD Negeri 2 Pandak berlubang besar sejak hujan minggu lalu, "
            + "sudah dua motor jatuh di lubang dekat jembatan kecil, mohon segera ditambal.";

    @TempDir
    Path folder;

    @Test
    void sameComplaintInBothAppsIsLinkedOnce() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            ObjectNode sp4n = Sp4nComplaints.complaint("7401", "3404002", "Jalan berlubang", TEXT,
                    LocalDateTime.of(2026, 12, 3, 8, 0));
            sp4n.putObject("location").put("kapanewon", "Pandak").put("kalurahan", "Wijirejo");
            harness.mock().sp4n().putComplaint(sp4n);
            harness.mock().laporBantul().createAduan(directAduan("jln depan sd negeri 2 pandak berlubang besar "
                    + "sejak hujan minggu lalu, sdh dua motor jatuh di lubang dekat jembatan kecil mohon segera "
                    + "ditambal!!", "0899" + "7401"));
            harness.set("bridge.dedup.check-interval-ms", "300").start();

            await().atMost(Duration.ofSeconds(30)).until(() -> harness.count(
                    "SELECT COUNT(*) FROM duplicate_link WHERE kind = 'duplicate'") == 1);
            harness.awaitPolls(2);
            assertThat(harness.count("SELECT COUNT(*) FROM duplicate_link")).isEqualTo(1);
            assertThat(harness.count("SELECT COUNT(DISTINCT c.source) FROM duplicate_link l "
                    + "JOIN complaint c ON c.id IN (l.complaint_id, l.other_id)")).isEqualTo(2);
            assertThat(harness.count("SELECT COUNT(*) FROM duplicate_link l JOIN complaint c "
                    + "ON c.id IN (l.complaint_id, l.other_id) WHERE c.ref_sp4n IS NOT NULL"))
                    .as("the mirrored aduan is not a duplicate of its own source").isZero();
        }
    }

    private static ObjectNode directAduan(String isi, String phone) {
        ObjectNode aduan = new ObjectMapper().createObjectNode()
                .put("judul", "Jalan rusak").put("isi", isi).put("sumber", "android")
                .put("anonim", false).put("rahasia", false);
        aduan.putObject("opd").put("kode", "10200");
        aduan.putObject("lokasi").put("kapanewon", "Pandak").put("kalurahan", "Wijirejo");
        aduan.putObject("pelapor").put("nama", "Pelapor Uji 7401").put("telepon", phone);
        return aduan;
    }
}
