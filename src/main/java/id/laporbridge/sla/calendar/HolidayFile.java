package id.laporbridge.sla.calendar;

import id.laporbridge.config.ConfigException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The holiday file and its current content. {@link #reloadIfChanged()} reads the file again when its modification
 * time changed, so that an operator can add a year's holidays without a release. A reload that fails keeps the
 * previous content.
 */
public final class HolidayFile {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayFile.class);

    private final Path file;
    private volatile Map<LocalDate, Holiday> holidaysByDate;
    private volatile FileTime loadedVersion;

    private HolidayFile(Path file) {
        this.file = file;
    }

    /**
     * Loads the file.
     *
     * @throws ConfigException when the file is missing or has invalid rows
     */
    public static HolidayFile load(Path file) {
        HolidayFile holidays = new HolidayFile(file);
        holidays.loadedVersion = holidays.modificationTime();
        holidays.holidaysByDate = index(HolidayCsv.read(file));
        return holidays;
    }

    /** Reads the file again when its modification time differs from the loaded version; returns true if it did. */
    public boolean reloadIfChanged() {
        FileTime current;
        try {
            current = modificationTime();
        } catch (ConfigException e) {
            LOG.warn("Holiday file reload failed, keeping the loaded holidays: file={} reason={}", file, e.getMessage());
            return false;
        }
        if (current.equals(loadedVersion)) {
            return false;
        }
        return reload(current);
    }

    public boolean isHoliday(LocalDate date) {
        return holidaysByDate.containsKey(date);
    }

    /** Returns the years that have at least one holiday entry. */
    public Set<Integer> years() {
        return holidaysByDate.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    public Path file() {
        return file;
    }

    private boolean reload(FileTime version) {
        try {
            Map<LocalDate, Holiday> loaded = index(HolidayCsv.read(file));
            holidaysByDate = loaded;
            loadedVersion = version;
            LOG.info("Holiday file reloaded: file={} holidays={} years={}", file, loaded.size(), years());
            return true;
        } catch (ConfigException e) {
            loadedVersion = version;
            LOG.warn("Holiday file reload failed, keeping the loaded holidays until the file changes again: "
                    + "file={} reason={}", file, e.getMessage());
            return false;
        }
    }

    private FileTime modificationTime() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": holiday file not found or unreadable", e);
        }
    }

    private static Map<LocalDate, Holiday> index(List<Holiday> holidays) {
        return holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity(),
                (first, second) -> first));
    }
}
