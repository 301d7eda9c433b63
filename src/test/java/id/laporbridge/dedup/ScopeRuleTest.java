package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScopeRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private final ScopeRule rule = new ScopeRule(DedupSettings.defaults());

    @Test
    void allowsSameFieldsInsideWindow() {
        assertThat(rule.allows(complaint(NOW, "DLH", "Sewon", "SAMPAH"), indexed(NOW.minus(Duration.ofDays(30)),
                "dlh", "Sewon", "SAMPAH"))).isTrue();
    }

    @Test
    void rejectsOutsideWindowInEitherOrder() {
        assertThat(rule.allows(complaint(NOW, null, null, null), indexed(NOW.minus(Duration.ofDays(31)), null, null,
                null))).isFalse();
        assertThat(rule.allows(complaint(NOW, null, null, null), indexed(NOW.plus(Duration.ofDays(31)), null, null,
                null))).isFalse();
    }

    @Test
    void rejectsDifferentOpd() {
        assertThat(rule.allows(complaint(NOW, "DLH", null, null), indexed(NOW, "DINKES", null, null))).isFalse();
    }

    @Test
    void rejectsDifferentKapanewon() {
        assertThat(rule.allows(complaint(NOW, null, "Sewon", null), indexed(NOW, null, "Kasihan", null))).isFalse();
    }

    @Test
    void rejectsDifferentCategory() {
        assertThat(rule.allows(complaint(NOW, null, null, "JALAN"), indexed(NOW, null, null, "AIR"))).isFalse();
    }

    @Test
    void allowsWhenOneSideLacksField() {
        assertThat(rule.allows(complaint(NOW, null, "Sewon", null), indexed(NOW, "DLH", null, "AIR"))).isTrue();
    }

    @Test
    void settingOffIgnoresField() {
        DedupSettings settings = DedupSettings.defaults().withScope(Duration.ofDays(30), false, false, false);
        ScopeRule relaxed = new ScopeRule(settings);

        assertThat(relaxed.allows(complaint(NOW, "DLH", "Sewon", "JALAN"), indexed(NOW, "DINKES", "Kasihan", "AIR")))
                .isTrue();
    }

    private static ComplaintText complaint(Instant filedAt, String opd, String kapanewon, String category) {
        return new ComplaintText(1, "sp4n-lapor", "U1", "text", filedAt, opd, kapanewon, category, null, null);
    }

    private static IndexedText indexed(Instant filedAt, String opd, String kapanewon, String category) {
        return new IndexedText(2, 0, filedAt, opd, kapanewon, category, null, null, new long[0], new long[0]);
    }
}
