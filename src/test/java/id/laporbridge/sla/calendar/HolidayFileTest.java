package id.laporbridge.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.laporbridge.config.ConfigException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

class HolidayFileTest {

    private static final String HEADER = "date,name,type,provisional\n";
    private static final LocalDate NEW_YEAR_2027 = LocalDate.of(2027, 1, 1);

    @TempDir
    Path folder;

    @Test
    void reloadPicksUpAddedYear() throws IOException {
        Path file = writeAt(HEADER + "2026-12-25,Hari Raya Natal,libur_nasional,no\n", 1_000);
        HolidayFile holidays = HolidayFile.load(file);

        writeAt(HEADER + "2026-12-25,Hari Raya Natal,libur_nasional,no\n"
                + "2027-01-01,Tahun Baru Masehi,libur_nasional,yes\n", 2_000);

        assertThat(holidays.isHoliday(NEW_YEAR_2027)).isFalse();
        assertThat(holidays.reloadIfChanged()).isTrue();
        assertThat(holidays.isHoliday(NEW_YEAR_2027)).isTrue();
        assertThat(holidays.years()).containsExactlyInAnyOrder(2026, 2027);
    }

    @Test
    void unchangedFileIsNotReread() throws IOException {
        HolidayFile holidays = HolidayFile.load(writeAt(HEADER + "2026-12-25,Natal,libur_nasional,no\n", 1_000));

        assertThat(holidays.reloadIfChanged()).isFalse();
    }

    @Test
    void invalidReloadKeepsLoadedHolidays() throws IOException {
        HolidayFile holidays = HolidayFile.load(writeAt(HEADER + "2026-12-25,Natal,libur_nasional,no\n", 1_000));

        writeAt(HEADER + "2027-13-01,Broken,libur_nasional,no\n", 2_000);

        assertThat(holidays.reloadIfChanged()).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    }

    @Test
    void invalidRowsAreListedWithLineNumbers() throws IOException {
        Path file = writeAt(HEADER + "2026-12-25,Natal,libur,no\n2026-12-26,Extra,cuti_bersama,maybe\n", 1_000);

        assertThatThrownBy(() -> HolidayFile.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: column type is 'libur'")
                .hasMessageContaining("line 3: column provisional is 'maybe'");
    }

    @Test
    void shippedFileCoversThreeYears() {
        HolidayFile holidays = HolidayFile.load(Path.of("config/holidays-id.csv"));

        assertThat(holidays.years()).contains(2024, 2025, 2026);
        assertThat(holidays.isHoliday(LocalDate.of(2026, 8, 17))).isTrue();
    }

    private Path writeAt(String content, long epochSecond) throws IOException {
        Path file = folder.resolve("holidays.csv");
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(epochSecond)));
        return file;
    }
}
