package id.laporbridge.sla.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import id.laporbridge.config.ConfigException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the holiday file: a CSV with the header {@code date,name,type,provisional}. */
final class HolidayCsv {

    private static final Set<String> TYPES = Set.of("libur_nasional", "cuti_bersama");
    private static final Set<String> FLAGS = Set.of("yes", "no");

    private HolidayCsv() {
    }

    /**
     * Reads every row of the file.
     *
     * @throws ConfigException listing every invalid row with its line number, or when the file cannot be read
     */
    static List<Holiday> read(Path file) {
        List<Holiday> holidays = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(schema).readValues(file.toFile())) {
            int line = 1;
            while (rows.hasNext()) {
                line++;
                parseRow(rows.next(), file + " line " + line, holidays, problems);
            }
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + ": unreadable holiday file: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid holiday file:\n  " + String.join("\n  ", problems));
        }
        return holidays;
    }

    private static void parseRow(Map<String, String> row, String where, List<Holiday> out, List<String> problems) {
        String type = row.getOrDefault("type", "");
        String provisional = row.getOrDefault("provisional", "");
        if (!TYPES.contains(type)) {
            problems.add(where + ": column type is '" + type + "'; expected libur_nasional or cuti_bersama");
            return;
        }
        if (!FLAGS.contains(provisional)) {
            problems.add(where + ": column provisional is '" + provisional + "'; expected yes or no");
            return;
        }
        try {
            LocalDate date = LocalDate.parse(row.getOrDefault("date", ""));
            out.add(new Holiday(date, row.getOrDefault("name", ""), type, provisional.equals("yes")));
        } catch (DateTimeParseException e) {
            problems.add(where + ": column date is '" + row.get("date") + "'; expected yyyy-MM-dd");
        }
    }
}
