package id.laporbridge.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a complaint text used for matching: Unicode NFKC, lower case, HTML entities and punctuation turned
 * into spaces, runs of whitespace collapsed. The text as received is stored separately and never changed.
 */
public final class MatchingText {

    /** Compiled once: {@code String.replaceAll} compiled both patterns for every complaint stored. */
    private static final Pattern HTML_ENTITY = Pattern.compile("&[a-z]+;|&#\\d+;");
    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MatchingText() {
    }

    public static String of(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String folded = composed.toLowerCase(Locale.ROOT);
        String plain = NOT_LETTER_OR_NUMBER.matcher(HTML_ENTITY.matcher(folded).replaceAll(" ")).replaceAll(" ");
        return plain.trim();
    }
}
