package id.laporbridge.report;

/** Escapes text for XHTML and SVG content and attribute values. */
final class Xml {

    private Xml() {
    }

    /**
     * Returns {@code text} with the five XML special characters escaped, and control characters that XML 1.0 does
     * not allow replaced by U+FFFD, so that any upstream value keeps the document well-formed.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> escaped.append(escapeCodePoint(codePoint)));
        return escaped.toString();
    }

    private static String escapeCodePoint(int codePoint) {
        return switch (codePoint) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> isAllowed(codePoint) ? Character.toString(codePoint) : "\uFFFD";
        };
    }

    private static boolean isAllowed(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000;
    }
}
