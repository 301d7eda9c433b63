package id.laporbridge.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for writing status changes on the other upstream, loaded from {@code config/status-sync.yaml}. They
 * list the statuses read without a stage, the Lapor Bantul status for each SP4N-LAPOR! stage, and the Lapor Bantul
 * statuses and reasons that make the bridge reject a disposition on SP4N-LAPOR!.
 */
public record StatusSync(Map<String, List<String>> ignored, ToLaporBantul toLaporBantul, ToSp4n toSp4n) {

    public StatusSync {
        ignored = ignored == null ? Map.of() : Map.copyOf(ignored);
    }

    public List<String> ignoredOf(String source) {
        List<String> statuses = ignored.get(source);
        return statuses == null ? List.of() : statuses;
    }

    /** The SP4N-LAPOR! stages written onto the mirrored aduan, with the aduan status and riwayat note of each. */
    public record ToLaporBantul(boolean enabled, Map<String, String> statuses, Map<String, String> notes,
                                List<String> finalStages) {

        public ToLaporBantul {
            statuses = statuses == null ? Map.of() : Map.copyOf(statuses);
            notes = notes == null ? Map.of() : Map.copyOf(notes);
            finalStages = finalStages == null ? List.of() : List.copyOf(finalStages);
        }

        /** Returns the aduan status for an SP4N-LAPOR! stage, or empty when that stage is not written. */
        public Optional<String> statusFor(String stage) {
            return enabled ? Optional.ofNullable(statuses.get(stage)) : Optional.empty();
        }

        /** Returns the riwayat note for a stage, with {@code {status}} replaced by the upstream status. */
        public String noteFor(String stage, String upstreamStatus) {
            return notes.getOrDefault(stage, "{status}").replace("{status}", upstreamStatus);
        }
    }

    /** When a Lapor Bantul status becomes a rejected disposition on SP4N-LAPOR!. */
    public record ToSp4n(NotAuthority notAuthority, List<String> finalStages) {

        public ToSp4n {
            finalStages = finalStages == null ? List.of() : List.copyOf(finalStages);
        }
    }

    /** The Lapor Bantul statuses and note words that mean "not the regency's authority". */
    public record NotAuthority(List<String> statuses, List<String> reasons, String defaultReason) {

        public NotAuthority {
            statuses = statuses == null ? List.of() : List.copyOf(statuses);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }

        /** Tells whether a riwayat note counts; an empty reason list accepts any note. */
        public boolean accepts(String note) {
            if (reasons.isEmpty()) {
                return true;
            }
            String lower = note == null ? "" : note.toLowerCase(Locale.ROOT);
            return reasons.stream().anyMatch(reason -> lower.contains(reason.toLowerCase(Locale.ROOT)));
        }

        /** Returns the reason sent to SP4N-LAPOR!: the note, or the default when the note is empty. */
        public String reasonOf(String note) {
            return note == null || note.isBlank() ? defaultReason : note;
        }
    }
}
