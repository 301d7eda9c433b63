package id.laporbridge.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a complaint text used for matching: Unicode NFKC, lower case, HTML entities and punctuation turned
 * into spaces, runs of whitespace collapsed. The text as received is stored separately and never changed.
 */
public final class MatchingText {

    private MatchingText() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String plain = folded.replaceAll("&[a-z]+;|&#\\d+;", " ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return plain.trim();
    }
}
