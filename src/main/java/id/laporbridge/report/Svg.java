package id.laporbridge.report;

import java.util.Locale;

/** Builds one inline SVG image from rectangles, lines and text, with all text escaped. */
final class Svg {

    private final StringBuilder content = new StringBuilder();
    private final int width;
    private final int height;
    private final String title;

    Svg(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    Svg rect(double x, double y, double rectWidth, double rectHeight, String cssClass) {
        content.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(rectWidth)).append("\" height=\"").append(number(rectHeight))
                .append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        content.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2))
                .append("\" class=\"").append(cssClass).append("\"/>");
        return this;
    }

    /** Adds text; {@code anchor} is the SVG text-anchor: start, middle or end. */
    Svg text(double x, double y, String text, String anchor) {
        content.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Xml.escape(text)).append("</text>");
        return this;
    }

    String toXml() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\"><title>" + Xml.escape(title)
                + "</title>" + content + "</svg>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
