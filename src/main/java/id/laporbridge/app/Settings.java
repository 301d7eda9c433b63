package id.laporbridge.app;

import id.laporbridge.config.ConfigException;
import org.quartz.CronExpression;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The effective settings. Later sources override earlier ones: catalog defaults, the properties file, an optional
 * env file, the environment, then explicit overrides (command line, tests). Secrets are rejected in the properties
 * file so that they never sit in a committed file.
 */
public final class Settings {

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    public static Settings load(Path propertiesFile, Path envFile, Map<String, String> environment,
                                Map<String, String> overrides) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        SettingsCatalog.keys().forEach(key -> {
            if (key.defaultValue() != null) {
                values.put(key.name(), key.defaultValue());
            }
        });
        readProperties(propertiesFile, problems).forEach((name, value) -> {
            if (checkKnown(propertiesFile, name, problems) && SettingsCatalog.find(name).get().secret()) {
                problems.add(propertiesFile + ": key " + name + " is a secret; set it in the environment as "
                        + SettingsCatalog.find(name).get().environmentVariable() + " or in the env file");
            } else {
                values.put(name, value);
            }
        });
        if (envFile != null) {
            Map<String, String> fromFile = readEnvFile(envFile, problems);
            applyEnvironment(fromFile, values);
        }
        applyEnvironment(environment, values);
        overrides.forEach((name, value) -> {
            if (checkKnown(Path.of("(override)"), name, problems)) {
                values.put(name, value);
            }
        });
        values.forEach((name, value) -> checkType(name, value, problems));
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid settings:\n  " + String.join("\n  ", problems));
        }
        return new Settings(values);
    }

    /** Checks a value against its key's type, so that a typo is reported at start with the key's name. */
    private static void checkType(String name, String value, List<String> problems) {
        String type = SettingsCatalog.find(name).map(SettingKey::type).orElse("string");
        if (type.startsWith("int ")) {
            checkRange(name, value, type.substring(4), problems);
            return;
        }
        String expected = switch (type) {
            case "int" -> value.matches("-?\\d+") ? null : "a whole number";
            case "url" -> value.matches("https?://[^\\s/]+(/\\S*)?") ? null : "an http:// or https:// URL";
            case "int-list" -> value.matches("\\s*\\d+\\s*(,\\s*\\d+\\s*)*") ? null
                    : "a comma-separated list of whole numbers";
            case "decimal" -> value.matches("-?\\d+(\\.\\d+)?") ? null : "a decimal number such as 0.6";
            case "boolean" -> value.equals("true") || value.equals("false") ? null : "true or false";
            case "cron" -> CronExpression.isValidExpression(value) ? null : "a valid Quartz cron expression";
            case "zone" -> java.time.ZoneId.getAvailableZoneIds().contains(value) ? null : "a time zone id";
            default -> null;
        };
        if (expected != null) {
            problems.add("Setting " + name + " must be " + expected + ", was '" + value + "'");
        }
    }

    /** Checks a whole number against a range written {@code MIN..MAX} or {@code MIN..}. */
    private static void checkRange(String name, String value, String range, List<String> problems) {
        String[] bounds = range.split("\\.\\.", -1);
        long min = Long.parseLong(bounds[0]);
        long max = bounds[1].isEmpty() ? Long.MAX_VALUE : Long.parseLong(bounds[1]);
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                problems.add("Setting " + name + " must be in " + range + ", was " + number);
            }
        } catch (NumberFormatException e) {
            problems.add("Setting " + name + " must be a whole number in " + range + ", was '" + value + "'");
        }
    }

    private static String whereToSet(SettingKey key) {
        return key.secret() ? "set environment variable " + key.environmentVariable() + " or put it in the env file"
                : "set it in config/lapor-bridge.properties or as " + key.environmentVariable();
    }

    private static boolean checkKnown(Path file, String name, List<String> problems) {
        if (SettingsCatalog.find(name).isEmpty()) {
            problems.add(file + ": key " + name + " is unknown; see the README's configuration table");
            return false;
        }
        return true;
    }

    private static Map<String, String> readProperties(Path file, List<String> problems) {
        Map<String, String> read = new LinkedHashMap<>();
        if (file == null) {
            return read;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(file + ": file not found");
            return read;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            problems.add(file + ": unreadable: " + e.getMessage());
        }
        properties.stringPropertyNames().stream().sorted().forEach(name -> read.put(name,
                properties.getProperty(name).trim()));
        return read;
    }

    /** Reads {@code NAME=value} lines; blank lines and lines starting with # are skipped. */
    private static Map<String, String> readEnvFile(Path file, List<String> problems) {
        Map<String, String> read = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String trimmed = line.trim();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (equals <= 0) {
                    problems.add(file + ": line '" + trimmed.split("=")[0] + "...' is not NAME=value");
                    continue;
                }
                String name = trimmed.substring(0, equals).trim().replaceFirst("^export\\s+", "");
                if (name.startsWith("BRIDGE_") && SettingsCatalog.keys().stream()
                        .noneMatch(key -> key.environmentVariable().equals(name))) {
                    problems.add(file + ": variable " + name + " names no setting; see the README's table");
                    continue;
                }
                read.put(name, unquote(trimmed.substring(equals + 1).trim()));
            }
        } catch (IOException e) {
            problems.add(file + ": unreadable: " + e.getMessage());
        }
        return read;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static void applyEnvironment(Map<String, String> environment, Map<String, String> values) {
        for (SettingKey key : SettingsCatalog.keys()) {
            String value = environment.get(key.environmentVariable());
            if (value != null) {
                values.put(key.name(), value);
            }
        }
    }

    /** Throws one ConfigException naming every key that has no value, e.g. the secrets before a start. */
    public Settings requireComplete() {
        List<String> missing = SettingsCatalog.keys().stream()
                .filter(key -> values.get(key.name()) == null || values.get(key.name()).isBlank())
                .map(key -> "Setting " + key.name() + " is missing: " + whereToSet(key))
                .toList();
        if (!missing.isEmpty()) {
            throw new ConfigException("Invalid settings:\n  " + String.join("\n  ", missing));
        }
        return this;
    }

    public String text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new ConfigException("Setting " + name + " is missing: "
                    + whereToSet(SettingsCatalog.find(name).orElseThrow()));
        }
        return value;
    }

    public int integer(String name) {
        String value = text(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("Setting " + name + " is not a whole number: '" + value + "'");
        }
    }

    public double decimal(String name) {
        String value = text(name);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("Setting " + name + " is not a decimal number: '" + value + "'");
        }
    }

    public boolean flag(String name) {
        String value = text(name).toLowerCase(java.util.Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException("Setting " + name + " is not true or false: '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public Duration seconds(String name) {
        return Duration.ofSeconds(integer(name));
    }

    public List<Integer> integers(String name) {
        String value = text(name);
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new ConfigException("Setting " + name + " is not a comma-separated list of whole numbers: '"
                    + value + "'");
        }
    }

    /** Returns every value, secrets included, for Camel's property placeholders. */
    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /** Returns every value with secrets masked, for the start-up log. */
    public Map<String, String> masked() {
        Map<String, String> masked = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            boolean secret = SettingsCatalog.find(name).map(SettingKey::secret).orElse(false);
            masked.put(name, secret ? "****" : value);
        });
        return masked;
    }
}
