package id.laporbridge.report;

import java.time.Instant;

/**
 * One complaint as the report counts it: a complaint filed in one app, together with the Lapor Bantul aduan the bridge
 * mirrored from it, if any.
 *
 * @param id       complaint.id of the row where it was filed
 * @param mirrorId complaint.id of the mirrored Lapor Bantul aduan, or null
 * @param number   the upstream id where it was filed
 */
record ComplaintUnit(long id, Long mirrorId, String number, String source, Instant receivedAt, String opdCode,
                     String category, Disposition disposition) {
}
