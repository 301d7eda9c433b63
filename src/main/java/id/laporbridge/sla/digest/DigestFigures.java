package id.laporbridge.sla.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns the running clocks into one {@link OpdDigest} per OPD, ordered by OPD kode. */
final class DigestFigures {

    private static final String NO_OPD = "";

    private DigestFigures() {
    }

    static List<OpdDigest> perOpd(List<OpenClock> clocks, Instant now) {
        Map<String, List<OpenClock>> byOpd = clocks.stream().collect(Collectors.groupingBy(
                clock -> Objects.requireNonNullElse(clock.opdCode(), NO_OPD), TreeMap::new, Collectors.toList()));
        List<OpdDigest> digests = new ArrayList<>();
        byOpd.forEach((opd, opdClocks) -> digests.add(digest(opd.isEmpty() ? null : opd, opdClocks, now)));
        return digests;
    }

    private static OpdDigest digest(String opdCode, List<OpenClock> clocks, Instant now) {
        Map<Long, List<OpenClock>> byComplaint = clocks.stream()
                .collect(Collectors.groupingBy(OpenClock::complaintId));
        int breached = 0;
        int approaching = 0;
        for (List<OpenClock> complaintClocks : byComplaint.values()) {
            if (complaintClocks.stream().anyMatch(clock -> clock.isBreachedAt(now))) {
                breached++;
            } else if (complaintClocks.stream().anyMatch(clock -> clock.isApproachingAt(now))) {
                approaching++;
            }
        }
        OpenClock oldest = clocks.stream().min(Comparator.comparing(OpenClock::filedAt)
                .thenComparing(OpenClock::complaintId)).orElseThrow();
        long ageDays = Duration.between(oldest.filedAt(), now).toDays();
        return new OpdDigest(opdCode, byComplaint.size(), approaching, breached, oldest.complaintKey(), ageDays);
    }
}
