package id.laporbridge.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantParserTest {

    private final InstantParser wib = new InstantParser(ZoneId.of("Asia/Jakarta"));

    @ParameterizedTest
    @CsvSource({
        "2026-12-04 09:00:00, 2026-12-04T02:00:00Z",
        "2026-12-04T09:00:00, 2026-12-04T02:00:00Z",
        "2026-12-04T02:00:00Z, 2026-12-04T02:00:00Z",
        "2026-12-04 09:00:00+07:00, 2026-12-04T02:00:00Z",
        "2026-12-04T09:00:00+0700, 2026-12-04T02:00:00Z",
        "2026-12-04T02:00:00.123Z, 2026-12-04T02:00:00.123Z",
        "2026-12-04 09:00:00.123456, 2026-12-04T02:00:00.123456Z",
        "2026-12-04T02:00:00.123456+00:00, 2026-12-04T02:00:00.123456Z",
        "2026-12-04 09:00, 2026-12-04T02:00:00Z"
    })
    void parsesUpstreamForms(String text, String expected) {
        assertThat(wib.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"04-12-2026 09:00:00", "2026-13-04 09:00:00", "kemarin", "2026-12-04"})
    void rejectsOtherForms(String text) {
        assertThatThrownBy(() -> wib.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
