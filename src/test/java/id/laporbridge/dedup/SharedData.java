package id.laporbridge.dedup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the shared test data, which lives outside the project because its complaint text was written by
 * citizens. Tests skip when the folder is missing.
 */
final class SharedData {

    static final String FOLDER_PROPERTY = "laporbridge.shared-data";

    private SharedData() {
    }

    /** Returns the data folder from the system property, or ../shared/data; skips the test when missing. */
    static Path folder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "shared", "data").toAbsolutePath();
        assumeTrue(Files.isDirectory(folder), "Skipped: shared test data not found at " + folder
                + "; set -D" + FOLDER_PROPERTY + "=<folder> to run this test");
        return folder;
    }

    /** Returns the rows of a CSV file with a header line, as column name to value. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        assumeTrue(Files.isRegularFile(file), "Skipped: shared test file not found at " + file);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows =
                mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
