package id.laporbridge.sla.rules;

import java.util.Locale;

/**
 * Something that happens to a complaint and can start, end or cancel a clock: its filing ({@code created}), an
 * upstream status ({@code status:dijawab}) or a message of an upstream kind ({@code message:sementara}).
 */
public record Trigger(Type type, String value) {

    /** The kind of event a trigger matches. */
    public enum Type { CREATED, STATUS, MESSAGE }

    public static final Trigger CREATED = new Trigger(Type.CREATED, "");

    /**
     * Parses {@code created}, {@code status:VALUE} or {@code message:KIND}.
     *
     * @throws IllegalArgumentException for any other form
     */
    public static Trigger parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equals("created")) {
            return CREATED;
        }
        int colon = trimmed.indexOf(':');
        if (colon > 0 && colon < trimmed.length() - 1) {
            String value = trimmed.substring(colon + 1).trim();
            switch (trimmed.substring(0, colon).trim().toLowerCase(Locale.ROOT)) {
                case "status":
                    return new Trigger(Type.STATUS, value);
                case "message":
                    return new Trigger(Type.MESSAGE, value);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("trigger '" + text
                + "' is not one of created, status:<status> or message:<kind>");
    }

    @Override
    public String toString() {
        return type == Type.CREATED ? "created" : type.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
