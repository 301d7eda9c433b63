package id.laporbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The maximum length of each character column of the store, as the migrations declared it. Read from H2's
 * {@code INFORMATION_SCHEMA.COLUMNS} when the store opens, so that the checks before a write follow the schema and
 * a migration that widens a column needs no change in Java.
 */
public final class ColumnWidths {

    private final Map<String, Integer> widths;

    ColumnWidths(Map<String, Integer> widths) {
        this.widths = Map.copyOf(widths);
    }

    /** Builds widths from {@code table.column} keys in lower case, for tests that run without a store. */
    public static ColumnWidths of(Map<String, Integer> widths) {
        return new ColumnWidths(widths);
    }

    /** Reads the widths of the character columns of the connection's current schema. */
    static ColumnWidths read(Connection connection) throws SQLException {
        Map<String, Integer> widths = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND CHARACTER_MAXIMUM_LENGTH IS NOT NULL");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int width = (int) Math.min(Integer.MAX_VALUE, rows.getLong(3));
                widths.put(key(rows.getString(1), rows.getString(2)), width);
            }
        }
        return new ColumnWidths(widths);
    }

    /**
     * Returns the maximum length of a character column, in UTF-16 code units, which is how H2 counts a
     * {@code VARCHAR}'s length and what {@link String#length()} returns.
     *
     * @throws IllegalArgumentException when the store has no character column of that name
     */
    public int of(String table, String column) {
        Integer width = widths.get(key(table, column));
        if (width == null) {
            throw new IllegalArgumentException("The store has no character column " + key(table, column)
                    + "; the migrations in db/migration and the code that writes it disagree");
        }
        return width;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
