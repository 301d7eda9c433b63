package id.laporbridge.store;

/**
 * A value of a record that is longer than the store column it belongs in.
 *
 * @param table  the store table
 * @param column the store column
 * @param field  the canonical field the value comes from: a record field of the upstream profile ({@code channel},
 *               {@code ref-sp4n}, ...), or {@code reporter}, {@code location}, {@code history-status},
 *               {@code message-id}, {@code message-kind}, {@code message-body}, {@code message-author},
 *               {@code message-client-ref} or {@code record} for the whole record
 * @param form   how the stored value differs from the field, such as {@code "as JSON"}, or null when it is the
 *               field's own text
 * @param length the value's length in UTF-16 code units, as H2 counts it
 * @param width  the column's maximum length
 */
public record ValueTooLong(String table, String column, String field, String form, int length, int width) {

    /** Returns the rule the value breaks, without the value, such as "longer than 32 characters (got 40)". */
    public String rule() {
        String qualifier = form == null ? "" : " " + form;
        return "longer than " + width + " characters" + qualifier + " (got " + length + ")";
    }
}
