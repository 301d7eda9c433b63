package id.laporbridge.dedup;

import java.time.Instant;
import java.util.Objects;

/**
 * The parts of a stored complaint that duplicate detection reads.
 *
 * @param complaintId id of the row in the complaint table
 * @param source channel the complaint came from, e.g. {@code lapor-bantul} or {@code sp4n}
 * @param upstreamId id of the complaint in its source system
 * @param text title and body as one text
 * @param filedAt when the citizen filed the complaint
 * @param opdCode OPD the complaint is routed to, or null
 * @param kapanewon kapanewon the complaint is about, or null
 * @param category category or topic code, or null
 * @param reporterKey opaque key of the reporter (e.g. a hash of the phone number), or null when unknown
 *     or anonymous
 * @param locationKey opaque key of the place the complaint is about (e.g. kalurahan plus address hash),
 *     or null
 */
public record ComplaintText(long complaintId, String source, String upstreamId, String text, Instant filedAt,
        String opdCode, String kapanewon, String category, String reporterKey, String locationKey) {

    public ComplaintText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
