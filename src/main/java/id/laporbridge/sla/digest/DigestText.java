package id.laporbridge.sla.digest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Renders the daily digest as plain text with Indonesian labels: ids and counts only, nothing personal. */
final class DigestText {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter WRITTEN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private DigestText() {
    }

    static String render(LocalDate date, ZonedDateTime writtenAt, List<OpdDigest> digests) {
        StringBuilder text = new StringBuilder();
        text.append("Ringkasan SLA harian ").append(date).append(" (")
                .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, INDONESIAN)).append(")\n");
        text.append("Dibuat: ").append(WRITTEN_AT.format(writtenAt)).append('\n');
        if (digests.isEmpty()) {
            text.append("\nTidak ada aduan terbuka.\n");
        }
        for (OpdDigest digest : digests) {
            text.append('\n').append("OPD ").append(digest.opdCode() == null ? "(tanpa OPD)" : digest.opdCode())
                    .append('\n');
            line(text, "Aduan terbuka", String.valueOf(digest.open()));
            line(text, "Mendekati batas waktu", String.valueOf(digest.approaching()));
            line(text, "Melewati batas waktu", String.valueOf(digest.breached()));
            line(text, "Aduan terbuka tertua", digest.oldestComplaint() + ", umur " + digest.oldestAgeDays()
                    + " hari");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
