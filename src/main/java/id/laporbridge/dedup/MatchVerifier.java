package id.laporbridge.dedup;

import java.util.ArrayList;
import java.util.List;

/** Keeps the candidates that are in scope and whose exact shingle similarity reaches a threshold. */
final class MatchVerifier {

    private final DedupSettings settings;
    private final ScopeRule scope;

    MatchVerifier(DedupSettings settings) {
        this.settings = settings;
        this.scope = new ScopeRule(settings);
    }

    List<TextMatch> verify(ComplaintText complaint, long[] shingles, List<IndexedText> candidates) {
        List<TextMatch> matches = new ArrayList<>();
        for (IndexedText candidate : candidates) {
            if (!scope.allows(complaint, candidate)) {
                continue;
            }
            double jaccard = SetSimilarity.jaccard(shingles, candidate.shingles());
            double containment = SetSimilarity.containment(shingles, candidate.shingles());
            if (isMatch(jaccard, containment, Math.min(shingles.length, candidate.shingles().length))) {
                matches.add(new TextMatch(candidate, jaccard, containment));
            }
        }
        return matches;
    }

    private boolean isMatch(double jaccard, double containment, int smallerSetSize) {
        if (jaccard >= settings.threshold()) {
            return true;
        }
        return containment >= settings.containmentThreshold()
                && smallerSetSize >= settings.minContainmentShingles();
    }
}
