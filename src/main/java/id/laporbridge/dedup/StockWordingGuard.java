package id.laporbridge.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a text match is a duplicate or only similar.
 *
 * <p>Matching text alone does not prove one report. A match is only similar when the two complaints have
 * different reporter keys or different location keys, when the text matches complaints of more than
 * {@code templateReporterLimit} distinct reporters, or when every word the two texts share is common in
 * the index (stock wording such as an SMS template with the place names removed).
 */
final class StockWordingGuard {

    private final DedupSettings settings;

    StockWordingGuard(DedupSettings settings) {
        this.settings = settings;
    }

    /** Returns the word count above which a word is common, for an index of {@code indexedCount} texts. */
    long commonTermLimit(long indexedCount) {
        return Math.max(settings.commonTermMinComplaints(), (long) Math.floor(settings.commonTermShare() * indexedCount));
    }

    List<DuplicateLink> classify(ComplaintText complaint, long[] terms, List<TextMatch> matches,
            Map<Long, Integer> termCounts, long commonTermLimit) {
        int reporters = distinctReporters(complaint, matches);
        List<DuplicateLink> links = new ArrayList<>();
        for (TextMatch match : matches) {
            String similarReason = similarReason(complaint, terms, match, reporters, termCounts, commonTermLimit);
            LinkKind kind = similarReason == null ? LinkKind.DUPLICATE : LinkKind.SIMILAR;
            String reason = similarReason == null ? duplicateReason(match) : similarReason;
            links.add(new DuplicateLink(complaint.complaintId(), match.candidate().complaintId(), match.score(), kind,
                    reason));
        }
        return links;
    }

    private String similarReason(ComplaintText complaint, long[] terms, TextMatch match, int reporters,
            Map<Long, Integer> termCounts, long commonTermLimit) {
        IndexedText other = match.candidate();
        if (differ(complaint.reporterKey(), other.reporterKey())) {
            return "matching text from different reporters";
        }
        if (differ(complaint.locationKey(), other.locationKey())) {
            return "matching text about different locations";
        }
        if (reporters > settings.templateReporterLimit()) {
            return "stock wording: text matches complaints of " + reporters + " reporters";
        }
        if (!hasDistinctiveSharedWord(terms, other.terms(), termCounts, commonTermLimit)) {
            return "stock wording: every shared word is used by more than " + commonTermLimit + " complaints";
        }
        return null;
    }

    private static boolean hasDistinctiveSharedWord(long[] terms, long[] otherTerms, Map<Long, Integer> termCounts,
            long commonTermLimit) {
        for (long shared : SetSimilarity.intersection(terms, otherTerms)) {
            if (termCounts.getOrDefault(shared, 0) <= commonTermLimit) {
                return true;
            }
        }
        return false;
    }

    private static int distinctReporters(ComplaintText complaint, List<TextMatch> matches) {
        Set<String> reporters = new HashSet<>();
        reporters.add(reporterOf(complaint.reporterKey(), complaint.complaintId()));
        for (TextMatch match : matches) {
            reporters.add(reporterOf(match.candidate().reporterKey(), match.candidate().complaintId()));
        }
        return reporters.size();
    }

    /** Returns the reporter key, or a key of its own for a complaint whose reporter is unknown. */
    private static String reporterOf(String reporterKey, long complaintId) {
        return ScopeRule.isBlank(reporterKey) ? "complaint:" + complaintId : "reporter:" + reporterKey.trim();
    }

    private static boolean differ(String first, String second) {
        return !ScopeRule.isBlank(first) && !ScopeRule.isBlank(second) && !first.trim().equals(second.trim());
    }

    private static String duplicateReason(TextMatch match) {
        if (match.jaccard() >= 1.0) {
            return "same text";
        }
        return String.format(Locale.ROOT, "near-duplicate text (jaccard=%.2f, containment=%.2f)", match.jaccard(),
                match.containment());
    }
}
