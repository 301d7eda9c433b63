package id.laporbridge.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void formulaLikeTextGetsApostrophe() {
        assertThat(CsvRenderer.cell("=HYPERLINK(\"http://127.0.0.1/\")")).isEqualTo("'=HYPERLINK(\"http://127.0.0.1/\")");
        assertThat(CsvRenderer.cell("+62 274")).isEqualTo("'+62 274");
        assertThat(CsvRenderer.cell("-1")).isEqualTo("'-1");
        assertThat(CsvRenderer.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRenderer.cell("\tJalan")).isEqualTo("'\tJalan");
    }

    @Test
    void plainTextAndFiguresUnchanged() {
        assertThat(CsvRenderer.cell("Jalan rusak")).isEqualTo("Jalan rusak");
        assertThat(CsvRenderer.cell("")).isEmpty();
        assertThat(CsvRenderer.cell(-3L)).isEqualTo("-3");
        assertThat(CsvRenderer.cell(null)).isEqualTo(IdFormat.NO_VALUE);
    }
}
