package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Test
    void countsDistinctWordPairs() {
        long[] shingles = new Shingler(2).shingles(List.of("jalan", "rusak", "jalan", "rusak"));

        assertThat(shingles).hasSize(2);
    }

    @Test
    void returnsSortedHashes() {
        long[] shingles = new Shingler(2).shingles(List.of("a", "b", "c", "d", "e"));

        assertThat(shingles).isSorted().hasSize(4);
    }

    @Test
    void shortTextFallsBackToOneShingle() {
        Shingler shingler = new Shingler(3);

        assertThat(shingler.shingles(List.of("jalan", "rusak"))).hasSize(1);
        assertThat(shingler.shingles(List.of("jalan", "rusak"))).isEqualTo(shingler.shingles(List.of("jalan", "rusak")));
    }

    @Test
    void wordOrderMatters() {
        Shingler shingler = new Shingler(2);

        assertThat(shingler.shingles(List.of("a", "b"))).isNotEqualTo(shingler.shingles(List.of("b", "a")));
    }

    @Test
    void emptyWordsGiveEmptySet() {
        assertThat(new Shingler(2).shingles(List.of())).isEmpty();
    }

    @Test
    void rejectsSizeZero() {
        assertThatThrownBy(() -> new Shingler(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shingle size 0");
    }
}
