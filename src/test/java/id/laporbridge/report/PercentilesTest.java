package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class PercentilesTest {

    @Test
    void oddCountUsesNearestRank() {
        List<Long> values = List.of(30L, 45L, 100L);
        assertThat(Percentiles.of(values, 0.5)).isEqualTo(45L);
        assertThat(Percentiles.of(values, 0.9)).isEqualTo(100L);
    }

    @Test
    void evenCountMedianIsLowerMiddle() {
        assertThat(Percentiles.of(List.of(10L, 20L), 0.5)).isEqualTo(10L);
    }

    @Test
    void noValuesGiveNull() {
        assertThat(Percentiles.of(List.of(), 0.5)).isNull();
    }
}
