package id.laporbridge.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Comparator;

/** The order of getcomplaints: {@code updated_at}, then {@code tracking_id}. */
final class Sp4nOrder {

    /**
     * Compares complaints by {@code updated_at} as a time, then by {@code tracking_id}: as numbers
     * when both are digits, else as text. A complaint whose {@code updated_at} is not SP4N time text
     * sorts first.
     */
    static final Comparator<ObjectNode> COMPLAINTS = Comparator
            .comparing(Sp4nOrder::updatedAt)
            .thenComparing((left, right) -> compareTrackingIds(
                    Json.text(left, "tracking_id"), Json.text(right, "tracking_id")));

    private Sp4nOrder() {
    }

    static LocalDateTime updatedAt(ObjectNode complaint) {
        return MockTime.parseSp4n(Json.text(complaint, "updated_at")).orElse(LocalDateTime.MIN);
    }

    static int compareTrackingIds(String left, String right) {
        if (isDigits(left) && isDigits(right)) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    private static boolean isDigits(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
