package id.laporbridge.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalizes Indonesian complaint text into comparable words.
 *
 * <p>Lower-cases, drops bracketed redaction tokens such as {@code [NAMA]}, turns digits and punctuation
 * into spaces, collapses letters repeated three or more times ("bangeeet" becomes "banget"), maps common
 * SMS slang and unit spellings to one form, and splits a few function words that writers glue to the
 * previous word ("plnsaya" becomes "pln saya").
 */
public final class TextNormalizer {

    /** Changes whenever the rules change, so that a stored index built with older rules is rebuilt. */
    public static final String VERSION = "1";

    private static final Pattern REDACTION_TOKEN = Pattern.compile("\\[[\\p{L}_ ]{1,20}]");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(\\p{L})\\1{2,}");
    private static final int MIN_GLUED_STEM = 3;

    private static final Map<String, String> SLANG = Map.ofEntries(
            Map.entry("g", "tidak"), Map.entry("gk", "tidak"), Map.entry("ga", "tidak"),
            Map.entry("gak", "tidak"), Map.entry("nggak", "tidak"), Map.entry("ngga", "tidak"),
            Map.entry("enggak", "tidak"), Map.entry("tdk", "tidak"), Map.entry("tdak", "tidak"),
            Map.entry("yg", "yang"), Map.entry("yng", "yang"), Map.entry("dgn", "dengan"),
            Map.entry("dg", "dengan"), Map.entry("utk", "untuk"), Map.entry("untk", "untuk"),
            Map.entry("sdh", "sudah"), Map.entry("udh", "sudah"), Map.entry("udah", "sudah"),
            Map.entry("blm", "belum"), Map.entry("blum", "belum"), Map.entry("belom", "belum"),
            Map.entry("jln", "jalan"), Map.entry("jl", "jalan"), Map.entry("jaln", "jalan"),
            Map.entry("krn", "karena"), Map.entry("krna", "karena"), Map.entry("karna", "karena"),
            Map.entry("tp", "tapi"), Map.entry("tpi", "tapi"), Map.entry("sy", "saya"),
            Map.entry("aq", "saya"), Map.entry("pd", "pada"), Map.entry("kpd", "kepada"),
            Map.entry("bgt", "banget"), Map.entry("skrg", "sekarang"), Map.entry("skrng", "sekarang"),
            Map.entry("kmrn", "kemarin"), Map.entry("jg", "juga"), Map.entry("lg", "lagi"),
            Map.entry("bs", "bisa"), Map.entry("bsa", "bisa"), Map.entry("tlg", "tolong"),
            Map.entry("mhn", "mohon"), Map.entry("bpk", "bapak"), Map.entry("dpt", "dapat"),
            Map.entry("kilogram", "kg"), Map.entry("kilo", "kg"), Map.entry("ltr", "liter"),
            Map.entry("rp", "rupiah"), Map.entry("makasih", "terimakasih"), Map.entry("trims", "terimakasih"),
            Map.entry("tks", "terimakasih"), Map.entry("thx", "terimakasih"));

    /** Two-word spellings of one word; the second word is dropped after the first is replaced. */
    private static final Map<String, Map<String, String>> PHRASES = Map.of(
            "kg", Map.of("gram", "kg"),
            "terima", Map.of("kasih", "terimakasih"),
            "trima", Map.of("kasih", "terimakasih"));

    private static final List<String> GLUED_SUFFIXES =
            List.of("saya", "kami", "nama", "yang", "dan", "kemudian", "untuk", "dengan", "tidak", "sudah");

    /** Returns the normalized words of {@code text}, in order; empty for blank or null text. */
    public List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cleaned = cleanCharacters(text);
        List<String> words = new ArrayList<>();
        for (String token : cleaned.split(" ")) {
            if (!token.isEmpty()) {
                addWord(words, token);
            }
        }
        return words;
    }

    private static String cleanCharacters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String withoutRedactions = REDACTION_TOKEN.matcher(lower).replaceAll(" ");
        String lettersOnly = NON_LETTER.matcher(withoutRedactions).replaceAll(" ");
        return REPEATED_LETTER.matcher(lettersOnly).replaceAll("$1").trim();
    }

    private static void addWord(List<String> words, String token) {
        for (String part : splitGlued(token)) {
            String word = SLANG.getOrDefault(part, part);
            if (!mergeWithPrevious(words, word)) {
                words.add(word);
            }
        }
    }

    private static boolean mergeWithPrevious(List<String> words, String word) {
        if (words.isEmpty()) {
            return false;
        }
        int last = words.size() - 1;
        String merged = PHRASES.getOrDefault(words.get(last), Map.of()).get(word);
        if (merged == null) {
            return false;
        }
        words.set(last, merged);
        return true;
    }

    private static List<String> splitGlued(String token) {
        if (SLANG.containsKey(token)) {
            return List.of(token);
        }
        for (String suffix : GLUED_SUFFIXES) {
            int stemLength = token.length() - suffix.length();
            if (stemLength >= MIN_GLUED_STEM && token.endsWith(suffix)) {
                return List.of(token.substring(0, stemLength), suffix);
            }
        }
        return List.of(token);
    }
}
