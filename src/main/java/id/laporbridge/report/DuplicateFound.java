package id.laporbridge.report;

import java.time.LocalDate;

/**
 * A complaint received in the period that repeats an earlier complaint.
 *
 * @param originalNumber the number of the earliest complaint it repeats
 */
public record DuplicateFound(String complaintNumber, String source, String opdCode, LocalDate receivedOn,
                             String originalNumber) {
}
