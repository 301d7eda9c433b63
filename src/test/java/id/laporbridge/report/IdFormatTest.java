package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

class IdFormatTest {

    @Test
    void countsUseDotGrouping() {
        assertThat(IdFormat.cell(1234)).isEqualTo("1.234");
        assertThat(IdFormat.cell(1_234_567L)).isEqualTo("1.234.567");
    }

    @Test
    void sharesUseDecimalComma() {
        assertThat(IdFormat.cell(new Share(0.125))).isEqualTo("12,5 %");
        assertThat(IdFormat.cell(new Share(2.0 / 3))).isEqualTo("66,7 %");
        assertThat(IdFormat.cell(new Share(1))).isEqualTo("100,0 %");
    }

    @Test
    void datesUseIndonesianMonths() {
        assertThat(IdFormat.cell(LocalDate.of(2026, 12, 4))).isEqualTo("4 Desember 2026");
        assertThat(IdFormat.cell(LocalDateTime.of(2026, 8, 17, 7, 5))).isEqualTo("17 Agustus 2026 07.05");
        assertThat(IdFormat.cell(YearMonth.of(2026, 2))).isEqualTo("Februari 2026");
    }

    @Test
    void missingFigureIsDash() {
        assertThat(IdFormat.cell(null)).isEqualTo("–");
    }
}
