package id.laporbridge.demo;

import java.nio.file.Path;
import java.time.Duration;

/** Settings of one demo run. */
public record DemoOptions(Path configDir, Path workDir, int complaints, int directAduan, long seed,
                          Duration timeout, int healthPort) {
}
