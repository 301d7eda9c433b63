package id.laporbridge.dedup;

import java.time.Instant;

/** An indexed complaint as read back from {@code dedup_text}, without its text. */
record IndexedText(long complaintId, long textHash, Instant filedAt, String opdCode, String kapanewon,
        String category, String reporterKey, String locationKey, long[] shingles, long[] terms) {
}
