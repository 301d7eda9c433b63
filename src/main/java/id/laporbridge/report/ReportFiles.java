package id.laporbridge.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes report files so that a reader never sees a half-written one. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes {@code report} to a temporary file beside {@code target}, then moves it in place. */
    public static void write(SopReport report, ReportFormat format, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".report-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                format.renderer().write(report, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
