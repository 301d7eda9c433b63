package id.laporbridge.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * The class path of the benchmark's bridge JVM: the packaged {@code lapor-bridge.jar} that operators run, then the
 * test classes for {@link BridgeNode}. A start from the jar loads fewer classes than one from the test class path,
 * which also contains WireMock and JUnit.
 */
final class BridgeClasspath {

    private static final Path JAR = Path.of("target", "lapor-bridge.jar");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    private BridgeClasspath() {
    }

    /** Returns the class path, or throws when the jar is missing or older than a compiled class. */
    static String get() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; run the benchmark with `mvn -B -Pbench package "
                    + "-DskipTests exec:exec`");
        }
        if (newestClass().compareTo(modified(JAR)) > 0) {
            throw new IllegalStateException(JAR + " is older than the classes in " + CLASSES
                    + "; run the benchmark with `mvn -B -Pbench package -DskipTests exec:exec`");
        }
        return JAR + File.pathSeparator + TEST_CLASSES;
    }

    private static FileTime newestClass() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(Files::isRegularFile).map(BridgeClasspath::modified)
                    .max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list " + CLASSES, e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the time of " + file, e);
        }
    }
}
