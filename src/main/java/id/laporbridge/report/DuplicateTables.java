package id.laporbridge.report;

import id.laporbridge.report.DuplicateReader.LinkedComplaint;
import id.laporbridge.report.DuplicateReader.LinkedPair;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the complaints of the period that repeat an earlier one. Of two linked complaints the later received is the
 * duplicate; a complaint linked to several earlier ones counts once, against the earliest.
 */
final class DuplicateTables {

    private DuplicateTables() {
    }

    /** Returns the complaints among {@code units} that repeat an earlier one, in order of receipt. */
    static List<DuplicateFound> found(List<ComplaintUnit> units, Map<Long, LinkedComplaint> originals,
                                      ReportPeriod period) {
        return units.stream()
                .filter(unit -> originals.containsKey(unit.id()))
                .map(unit -> new DuplicateFound(unit.number(), unit.source(), ScopeGroups.opdOrUnknown(unit.opdCode()),
                        period.localDate(unit.receivedAt()), originals.get(unit.id()).number()))
                .sorted(Comparator.comparing(DuplicateFound::receivedOn).thenComparing(DuplicateFound::complaintNumber))
                .toList();
    }

    /** Returns, by the unit id of each later complaint, the earliest complaint it is linked to. */
    static Map<Long, LinkedComplaint> earliestOriginals(List<LinkedPair> pairs) {
        Map<Long, LinkedComplaint> originals = new HashMap<>();
        for (LinkedPair pair : pairs) {
            boolean firstIsOriginal = pair.first().isBefore(pair.second());
            LinkedComplaint original = firstIsOriginal ? pair.first() : pair.second();
            LinkedComplaint duplicate = firstIsOriginal ? pair.second() : pair.first();
            originals.merge(duplicate.unitId(), original, (known, candidate) -> candidate.isBefore(known)
                    ? candidate : known);
        }
        return originals;
    }
}
