package id.laporbridge.dedup;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether two complaints may be duplicates at all, before their texts are compared.
 *
 * <p>The filing times must lie within the window of each other, in either order, because complaints from
 * the two channels can arrive out of order. The OPD, kapanewon and category must agree when the setting
 * is on and both complaints have the field.
 */
final class ScopeRule {

    private final DedupSettings settings;

    ScopeRule(DedupSettings settings) {
        this.settings = settings;
    }

    boolean allows(ComplaintText complaint, IndexedText candidate) {
        return withinWindow(complaint.filedAt(), candidate.filedAt())
                && agrees(settings.sameOpd(), complaint.opdCode(), candidate.opdCode())
                && agrees(settings.sameKapanewon(), complaint.kapanewon(), candidate.kapanewon())
                && agrees(settings.sameCategory(), complaint.category(), candidate.category());
    }

    private boolean withinWindow(Instant first, Instant second) {
        return Duration.between(first, second).abs().compareTo(settings.window()) <= 0;
    }

    static boolean agrees(boolean required, String first, String second) {
        if (!required || isBlank(first) || isBlank(second)) {
            return true;
        }
        return first.trim().equalsIgnoreCase(second.trim());
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
