package id.laporbridge.sla;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the SLA configuration files: YAML with kebab-case keys, unknown keys rejected. */
public final class ConfigFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigFiles() {
    }

    /** Reads a YAML file into {@code type}; a missing or unparsable file adds one problem and returns empty. */
    public static <T> Optional<T> read(Path file, Class<T> type, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file not found");
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(YAML.readValue(file.toFile(), type));
        } catch (IOException e) {
            problems.add(file + ": " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Reads a YAML file into a generic {@code type}; a missing or unparsable file adds one problem. */
    public static <T> Optional<T> read(Path file, TypeReference<T> type, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file not found");
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(YAML.readValue(file.toFile(), type));
        } catch (IOException e) {
            problems.add(file + ": " + firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
