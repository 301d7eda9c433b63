package id.laporbridge.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a report workbook. Date formats carry the Indonesian locale id {@code [$-421]}, so spreadsheet
 * programs show month names in Indonesian whatever their own language.
 */
final class XlsxStyles {

    private final CellStyle header;
    private final CellStyle count;
    private final CellStyle share;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle month;

    XlsxStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        count = formatted(workbook, formats, "#,##0");
        share = formatted(workbook, formats, "0.0 %");
        date = formatted(workbook, formats, "[$-421]d mmmm yyyy");
        dateTime = formatted(workbook, formats, "[$-421]d mmmm yyyy hh.mm");
        month = formatted(workbook, formats, "[$-421]mmmm yyyy");
    }

    private static CellStyle formatted(Workbook workbook, DataFormat formats, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(pattern));
        return style;
    }

    CellStyle header() {
        return header;
    }

    CellStyle count() {
        return count;
    }

    CellStyle share() {
        return share;
    }

    CellStyle date() {
        return date;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle month() {
        return month;
    }
}
