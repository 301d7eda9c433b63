package id.laporbridge.sla.digest;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import id.laporbridge.sla.SlaLogCapture;
import id.laporbridge.sla.SlaModule;
import id.laporbridge.sla.store.TestStore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class SlaDigestIT {

    private static final Path CONFIG = Path.of("config");
    private static final String WEDNESDAY_TEN = "2026-11-04T10:00";

    @TempDir
    Path folder;

    private final SlaLogCapture log = new SlaLogCapture();
    private TestStore store;

    @BeforeEach
    void insertComplaints() throws Exception {
        store = new TestStore(folder);
        // 101: step 2 was due Monday 09:05 and ended Wednesday 09:30; the 48-hour answer was due Wednesday 08:00.
        long late = store.insertComplaint("lapor-bantul", "101", "12500", "2026-11-02T08:00");
        store.insertStatus(late, "diterima_operator", "2026-11-02T08:05");
        store.insertStatus(late, "diteruskan_penanggung_jawab", "2026-11-04T09:30");
        store.insertPersonalData(late, "Jalan rusak di depan rumah Bu Sulastri",
                "Mohon segera diperbaiki, hubungi 0812-3456-7890", "{\"name\":\"Sulastri Widodo\"}");
        // 104: step 2 runs from 09:00, due 10:00; 80 % of 60 minutes is used at 09:48.
        long approaching = store.insertComplaint("lapor-bantul", "104", "12500", "2026-11-04T09:00");
        store.insertStatus(approaching, "diterima_operator", "2026-11-04T09:00");
        // 5010653: the follow-up runs from Tuesday 10:00 with 5 working days, due Tuesday 10 November 16:00.
        long sp4n = store.insertComplaint("sp4n", "5010653", "3404001", "2026-11-02T09:00");
        store.insertStatus(sp4n, "TERDISPOSISI", "2026-11-03T10:00");
        // 201 of another OPD: step 1 was due Tuesday 08:10.
        store.insertComplaint("lapor-bantul", "201", "30100", "2026-11-03T08:00");
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void digestCountsPerOpd() throws Exception {
        Path file = writeDigestAt(WEDNESDAY_TEN).orElseThrow();

        assertThat(file.getFileName()).hasToString("sla-digest-2026-11-04.txt");
        // The oldest of OPD 12500 is 101, filed Monday 08:00: 2 days 2 hours before, so 2 whole days.
        assertThat(digestLines()).containsExactly(
                "SLA digest for OPD: opd=12500 open=3 approaching=1 breached=1 oldest=lapor-bantul:101 "
                        + "oldest_age_days=2 date=2026-11-04",
                "SLA digest for OPD: opd=30100 open=1 approaching=0 breached=1 oldest=lapor-bantul:201 "
                        + "oldest_age_days=1 date=2026-11-04");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Ringkasan SLA harian 2026-11-04 (Rabu)\nDibuat: 2026-11-04 10:00 +07:00\n");
        assertThat(text).contains("""
                OPD 12500
                  Aduan terbuka: 3
                  Mendekati batas waktu: 1
                  Melewati batas waktu: 1
                  Aduan terbuka tertua: lapor-bantul:101, umur 2 hari
                """);
        assertThat(text).contains("OPD 30100\n  Aduan terbuka: 1\n");
    }

    @Test
    void digestSkipsDayOff() throws Exception {
        // Saturday 7 November 2026 is no working day of the five-day week.
        Optional<Path> file = writeDigestAt("2026-11-07T07:00");

        assertThat(file).isEmpty();
        assertThat(Files.exists(folder.resolve("digests"))).isFalse();
        assertThat(log.messages(Level.INFO)).contains("SLA digest skipped: not a working day date=2026-11-07");
    }

    @Test
    void slaLogAndDigestHoldNothingPersonal() throws Exception {
        Path file = writeDigestAt(WEDNESDAY_TEN).orElseThrow();

        List<String> lines = log.events(Level.INFO).stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> warnings = log.messages(Level.WARN);
        assertThat(lines).anyMatch(line -> line.startsWith("SLA step due soon"));
        assertThat(lines).anyMatch(line -> line.startsWith("SLA step finished late"));
        assertThat(warnings).anyMatch(line -> line.startsWith("SLA step breached"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (String personal : List.of("Sulastri", "Jalan rusak", "0812", "Widodo")) {
            assertThat(lines).as("INFO lines").noneMatch(line -> line.contains(personal));
            assertThat(warnings).as("WARN lines").noneMatch(line -> line.contains(personal));
            assertThat(text).as("digest file").doesNotContain(personal);
        }
    }

    private Optional<Path> writeDigestAt(String localTime) throws Exception {
        SlaModule module = SlaModule.create(store.dataSource(), CONFIG,
                Clock.fixed(wib(localTime), ZoneOffset.UTC));
        module.slaCheck().run();
        return module.digest().write(folder.resolve("digests").toString());
    }

    private List<String> digestLines() {
        return log.messages(Level.INFO).stream().filter(m -> m.startsWith("SLA digest for OPD")).toList();
    }
}
