package id.laporbridge.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.laporbridge.config.ConfigException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

class SlaConfigTest {

    private static final Path SHIPPED = Path.of("config");

    @TempDir
    Path folder;

    @BeforeEach
    void copyShippedConfig() throws IOException {
        for (String name : new String[] {"status-map.yaml", "opd-map.yaml", "working-calendar.yaml",
                "holidays-id.csv", "sla-rules.yaml"}) {
            Files.copy(SHIPPED.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void shippedConfigLoads() {
        SlaConfig config = SlaConfig.load(SHIPPED);

        assertThat(config.rules().procedures()).extracting("id")
                .containsExactly("sop", "lapor-bantul-first-answer", "national", "lapor-bantul-reply-answer");
        assertThat(config.rules().rule("sop-4-handle").orElseThrow().budget()).isEqualTo(660);
        assertThat(config.opdCodeOf("sp4n", "3404003")).isEqualTo("10300");
        assertThat(config.opdCodeOf("lapor-bantul", "10300")).isEqualTo("10300");
    }

    @Test
    void unknownStatusNamesFileAndKey() throws IOException {
        replaceInRules("\"status:ditangani_unit_teknis\"]\n        end-on", "\"status:ditangani\"]\n        end-on");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(folder.resolve("sla-rules.yaml").toString())
                .hasMessageContaining("key procedures.sop.steps.sop-4-handle.start-on names unknown status "
                        + "'ditangani'");
    }

    @Test
    void unknownStepInSkipNamesKey() throws IOException {
        replaceInRules("steps: [sop-3-examine,", "steps: [sop-3-check,");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining("key procedures.sop.skips[0].steps names unknown step 'sop-3-check'");
    }

    @Test
    void allProblemsReportedTogether() throws IOException {
        replaceInRules("due-soon-share: 0.8", "due-soon-share: 1.5");
        replaceInRules("\"message:sementara\", \"status:diteruskan", "\"message:interim\", \"status:diteruskan");
        replaceInRules("budget-days: 3", "budget-minutes: 3");
        replaceInRules("clock: calendar-minutes", "clock: wall-minutes");
        replaceInCalendar("default-schedule: five-day", "default-schedule: seven-day");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining("key due-soon-share is 1.5")
                .hasMessageContaining("key procedures.sop.steps.sop-2-receive.end-on names unknown message kind "
                        + "'interim'")
                .hasMessageContaining("key procedures.national.steps.national-verify-dispose sets the budget in "
                        + "the wrong unit")
                .hasMessageContaining("key procedures.lapor-bantul-first-answer.steps.lapor-bantul-first-answer-48h"
                        + ".clock names unknown clock 'wall-minutes'")
                .hasMessageContaining(folder.resolve("working-calendar.yaml")
                        + ": key default-schedule names unknown schedule 'seven-day'");
    }

    @Test
    void invalidWorkingHoursNameKey() throws IOException {
        replaceInCalendar("friday: [\"07:30-11:30\", \"13:00-14:30\"]", "fryday: [\"07:30-11:30\"]");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining("key schedules.five-day: key fryday names unknown day 'fryday'");
    }

    @Test
    void overlappingPeriodsNameKey() throws IOException {
        replaceInCalendar("friday: [\"07:30-11:30\", \"13:00-14:30\"]", "friday: [\"07:30-11:30\", \"11:00-14:30\"]");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining("key schedules.five-day: key friday has overlapping periods");
    }

    @Test
    void unknownTopLevelKeyIsRejected() throws IOException {
        Files.writeString(folder.resolve("sla-rules.yaml"), "due-soon-share: 0.8\nprocedure: []\n");

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining(folder.resolve("sla-rules.yaml").toString())
                .hasMessageContaining("procedure");
    }

    @Test
    void missingHolidayFileIsReported() throws IOException {
        Files.delete(folder.resolve("holidays-id.csv"));

        assertThatThrownBy(() -> SlaConfig.load(folder))
                .hasMessageContaining("key holidays-file")
                .hasMessageContaining("holidays-id.csv");
    }

    private void replaceInRules(String from, String to) throws IOException {
        replace(folder.resolve("sla-rules.yaml"), from, to);
    }

    private void replaceInCalendar(String from, String to) throws IOException {
        replace(folder.resolve("working-calendar.yaml"), from, to);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String content = Files.readString(file);
        assertThat(content).as("text to replace in %s", file).contains(from);
        Files.writeString(file, content.replace(from, to));
    }
}
