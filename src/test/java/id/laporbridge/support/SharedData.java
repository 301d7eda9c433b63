package id.laporbridge.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real complaint data kept outside the project, in {@code ../shared/data} or the folder named by the system
 * property {@code laporbridge.shared-data}. Tests that need it are skipped with a message when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder() {
        String configured = System.getProperty("laporbridge.shared-data");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "data");
    }

    /** Returns the rows of a CSV file in the shared data, or skips the calling test when the file is absent. */
    public static List<Map<String, String>> rows(String fileName) throws IOException {
        Path file = folder().resolve(fileName);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "Skipped: shared test data " + file.toAbsolutePath() + " is absent");
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(schema).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
