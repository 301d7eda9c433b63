package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void lowerCasesAndDropsPunctuationAndDigits() {
        assertThat(normalizer.words("Jalan RUSAK, di RT 05/RW 02!")).containsExactly("jalan", "rusak", "di", "rt", "rw");
    }

    @Test
    void collapsesRepeatedLetters() {
        assertThat(normalizer.words("bangeeet parahhh")).containsExactly("banget", "parah");
    }

    @Test
    void keepsDoubleLetters() {
        assertThat(normalizer.words("maaf saat")).containsExactly("maaf", "saat");
    }

    @Test
    void mapsSlangToStandardWords() {
        assertThat(normalizer.words("yg gk ada, tdk dgn utk sdh blm jln jl nggak"))
                .containsExactly("yang", "tidak", "ada", "tidak", "dengan", "untuk", "sudah", "belum", "jalan", "jalan",
                        "tidak");
    }

    @Test
    void mapsUnitSpellingsToOneWord() {
        assertThat(normalizer.words("5 kilo gram beras")).containsExactly("kg", "beras");
        assertThat(normalizer.words("kilogram")).containsExactly("kg");
    }

    @Test
    void splitsGluedFunctionWords() {
        assertThat(normalizer.words("plnsaya jakartasaya pertaniankami")).containsExactly("pln", "saya", "jakarta",
                "saya", "pertanian", "kami");
    }

    @Test
    void keepsShortWordsThatEndLikeFunctionWords() {
        assertThat(normalizer.words("badan sayang")).containsExactly("badan", "sayang");
    }

    @Test
    void dropsRedactionTokens() {
        assertThat(normalizer.words("[NAMA] warga [TELEPON] desa")).containsExactly("warga", "desa");
    }

    @Test
    void returnsNoWordsForBlankText() {
        assertThat(normalizer.words("  ,.!  ")).isEmpty();
        assertThat(normalizer.words(null)).isEmpty();
    }
}
