package id.laporbridge.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and describes data errors of the store: SQLState class 22, such as 22001 (value too long for its column).
 * A data error is caused by one record's values, so the page writer quarantines that record and keeps the page.
 */
final class StoreDataErrors {

    /** The column that H2 2.x names in its message, such as {@code Value too long for column "CHANNEL ...}. */
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z0-9_.]+)");

    private StoreDataErrors() {
    }

    /** Returns the first SQLException of class 22 in the cause chain of {@code failure}, or null. */
    static SQLException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql;
            }
        }
        return null;
    }

    /**
     * Describes a data error by its SQLState and the column when the message names one. The rest of the message is
     * left out, because H2 quotes the value that failed.
     */
    static String rule(SQLException dataError) {
        String rule = "failed to store (SQLState " + dataError.getSQLState() + ")";
        Matcher column = COLUMN.matcher(String.valueOf(dataError.getMessage()));
        return column.find() ? rule + " in column " + column.group(1).toLowerCase(Locale.ROOT) : rule;
    }
}
