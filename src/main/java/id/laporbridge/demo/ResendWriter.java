package id.laporbridge.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Turns a complaint body into the text of a resend, in one of the {@link ResendVariant} ways. */
final class ResendWriter {

    private static final List<String> REMINDERS = List.of("Laporan ulang karena belum ada tanggapan.",
            "Mohon maaf saya kirim lagi, laporan kemarin belum dibalas.", "Menindaklanjuti aduan saya sebelumnya.",
            "Kirim ulang lewat aplikasi yang lain.");
    private static final Map<String, String> SLANG = Map.of("tidak", "gak", "yang", "yg", "dengan", "dgn",
            "untuk", "utk", "sudah", "udh", "belum", "blm", "jalan", "jln", "karena", "krn", "saya", "sy",
            "tolong", "tlg");
    private static final double CUT_MIN_SHARE = 0.65;
    private static final double CUT_SHARE_RANGE = 0.25;

    private final SplittableRandom random;

    ResendWriter(SplittableRandom random) {
        this.random = random;
    }

    String rewrite(String body, ResendVariant variant) {
        return switch (variant) {
            case EXACT -> body;
            case CUT_SHORT -> cutShort(body);
            case REORDERED -> reorder(body);
            case PREFIXED -> REMINDERS.get(random.nextInt(REMINDERS.size())) + " " + body;
            case RETYPED -> retype(body);
        };
    }

    private String cutShort(String body) {
        String[] words = body.split(" ");
        int kept = (int) Math.ceil(words.length * (CUT_MIN_SHARE + random.nextDouble() * CUT_SHARE_RANGE));
        return String.join(" ", Arrays.copyOf(words, Math.max(1, kept)));
    }

    private String reorder(String body) {
        List<String> sentences = new ArrayList<>(Arrays.asList(body.split("(?<=\\.) ")));
        Collections.rotate(sentences, 1 + random.nextInt(Math.max(1, sentences.size() - 1)));
        return String.join(" ", sentences);
    }

    /** Lower-cases, drops punctuation, uses slang, stretches one word and swaps two letters in another. */
    private String retype(String body) {
        String plain = body.toLowerCase(Locale.ROOT).replaceAll("[.,]", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split(" ")) {
            words.add(SLANG.getOrDefault(word, word));
        }
        int stretched = random.nextInt(words.size());
        words.set(stretched, stretchLastVowel(words.get(stretched)));
        int typo = random.nextInt(words.size());
        words.set(typo, swapMiddleLetters(words.get(typo)));
        return String.join(" ", words);
    }

    private static String stretchLastVowel(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            if ("aiueo".indexOf(word.charAt(i)) >= 0) {
                return word.substring(0, i + 1) + word.charAt(i) + word.charAt(i) + word.substring(i + 1);
            }
        }
        return word;
    }

    private static String swapMiddleLetters(String word) {
        if (word.length() < 4) {
            return word;
        }
        int middle = word.length() / 2;
        return word.substring(0, middle - 1) + word.charAt(middle) + word.charAt(middle - 1) + word.substring(middle + 1);
    }
}
