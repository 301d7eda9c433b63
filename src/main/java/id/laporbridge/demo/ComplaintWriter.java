package id.laporbridge.demo;

import id.laporbridge.demo.BantulCatalog.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes the title and body of a fresh complaint from sentence templates with varied slots. */
final class ComplaintWriter {

    private static final List<String> GREETINGS = List.of("Selamat pagi.", "Selamat siang bapak ibu.",
            "Assalamualaikum.", "Mohon maaf mengganggu.", "Kepada yth. petugas Lapor Bantul.", "Permisi.", "", "");
    private static final List<String> INTROS = List.of("Saya warga padukuhan %s, kalurahan %s, kapanewon %s.",
            "Kami warga dusun %s di kalurahan %s kapanewon %s ingin melapor.",
            "Saya tinggal di %s, %s, %s dan ingin menyampaikan keluhan.",
            "Izin melaporkan keadaan di padukuhan %s kalurahan %s kapanewon %s.");
    private static final List<String> PROBLEM_SENTENCES = List.of("%s di dekat %s %s.",
            "Kondisi %s di sekitar %s saat ini %s.", "Sudah %s %s di depan %s %s.",
            "Kami melihat %s dekat %s %s.");
    private static final List<String> DURATIONS = List.of("dua minggu", "sebulan lebih", "tiga hari",
            "hampir dua bulan", "sejak lebaran", "sejak musim hujan", "lima hari", "setengah tahun");
    private static final List<String> IMPACTS = List.of("Warga jadi kesulitan beraktivitas.",
            "Anak anak yang berangkat sekolah terganggu.", "Sudah ada pengendara yang jatuh karena ini.",
            "Pedagang di sekitar mengeluh pembeli berkurang.", "Lansia di kampung kami paling merasakan dampaknya.",
            "Kami khawatir akan ada korban kalau dibiarkan.", "Malam hari keadaannya makin berbahaya.",
            "Warga sudah kerja bakti tetapi tidak cukup.", "Kami sudah lapor ke dukuh tetapi belum ada kabar.");
    private static final List<String> REQUESTS = List.of("Mohon segera ditindaklanjuti.",
            "Kami berharap dinas terkait bisa turun ke lapangan.", "Mohon perhatian dari pemerintah kabupaten.",
            "Tolong dicek dan diperbaiki secepatnya.", "Kami menunggu tanggapan dari OPD yang berwenang.",
            "Mohon informasi kapan akan ditangani.");
    private static final List<String> CLOSINGS = List.of("Terima kasih.", "Matur nuwun.", "Atas perhatiannya kami "
            + "ucapkan terima kasih.", "Salam.", "");

    private final SplittableRandom random;

    ComplaintWriter(SplittableRandom random) {
        this.random = random;
    }

    String title(Category category, String dusun) {
        return category.title() + " di " + dusun;
    }

    /** Returns the body as sentences separated by single spaces; blank choices are left out. */
    String body(Category category, String dusun, String kalurahan, String kapanewon, String neighbour) {
        List<String> sentences = new ArrayList<>();
        sentences.add(pick(GREETINGS));
        sentences.add(String.format(pick(INTROS), dusun, kalurahan, kapanewon));
        sentences.add(problemSentence(category, neighbour));
        sentences.add(pick(IMPACTS));
        if (random.nextBoolean()) {
            sentences.add(pick(IMPACTS));
        }
        sentences.add(pick(REQUESTS));
        sentences.add(pick(CLOSINGS));
        sentences.removeIf(String::isEmpty);
        return String.join(" ", sentences);
    }

    private String problemSentence(Category category, String neighbour) {
        String object = pick(category.objects());
        String place = pick(BantulCatalog.LANDMARKS) + " dan rumah " + neighbour;
        String problem = pick(category.problems());
        int template = random.nextInt(PROBLEM_SENTENCES.size());
        String sentence = switch (template) {
            case 0 -> String.format(PROBLEM_SENTENCES.get(0), capitalize(object), place, problem);
            case 1 -> String.format(PROBLEM_SENTENCES.get(1), object, place, problem);
            case 2 -> String.format(PROBLEM_SENTENCES.get(2), pick(DURATIONS), object, place, problem);
            default -> String.format(PROBLEM_SENTENCES.get(3), object, place, problem);
        };
        return sentence + (template == 2 ? "" : " Keadaan ini sudah " + pick(DURATIONS) + ".");
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
