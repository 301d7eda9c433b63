package id.laporbridge.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats report cells as Indonesian (id-ID) text: "1.234", "12,5 %", "4 Desember 2026", "07.05". */
public final class IdFormat {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** Shown for a figure that cannot be computed, such as a share of nothing. */
    public static final String NO_VALUE = "–";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", INDONESIAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN);

    private IdFormat() {
    }

    /** Returns the text of one {@link ReportTable} cell. */
    public static String cell(Object value) {
        if (value == null) {
            return NO_VALUE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return count(((Number) value).longValue());
        }
        if (value instanceof Share share) {
            return percent(share.fraction());
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof YearMonth month) {
            return MONTH.format(month);
        }
        return value.toString();
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    /** Formats a fraction as a percentage with one decimal, rounded half up: 0.125 is "12,5 %". */
    public static String percent(double fraction) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(INDONESIAN));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(fraction * 100) + " %";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
