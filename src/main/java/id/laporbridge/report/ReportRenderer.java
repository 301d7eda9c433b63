package id.laporbridge.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link SopReport} in one file format. */
interface ReportRenderer {

    /** Writes the report to {@code out}, leaving it open. */
    void write(SopReport report, OutputStream out) throws IOException;
}
