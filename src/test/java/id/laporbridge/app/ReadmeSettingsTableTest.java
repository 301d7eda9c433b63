package id.laporbridge.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmeSettingsTableTest {

    private static final String START = "<!-- settings-table:start -->\n";
    private static final String END = "<!-- settings-table:end -->";

    @Test
    void readmeTableMatchesCatalog() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("start marker in README.md").isNotNegative();
        assertThat(end).as("end marker in README.md").isGreaterThan(start);
        String table = readme.substring(start + START.length(), end);
        assertThat(table)
                .as("README.md settings table; regenerate it from SettingsCatalog.markdownTable()")
                .isEqualTo(SettingsCatalog.markdownTable());
    }
}
