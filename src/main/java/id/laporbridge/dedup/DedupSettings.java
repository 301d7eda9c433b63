package id.laporbridge.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of duplicate detection, meant for the {@code bridge.dedup.*} configuration keys.
 *
 * @param shingleSize words per shingle
 * @param hashCount MinHash functions per signature; must be a multiple of {@code bands}
 * @param bands LSH bands; more bands find less similar candidates at the cost of more index rows
 * @param seed seed of the MinHash functions
 * @param threshold Jaccard similarity of shingle sets at or above which two texts match
 * @param containmentThreshold share of the smaller shingle set found in the larger one at or above which
 *     two texts match, for resends that were cut short or extended
 * @param minContainmentShingles smallest shingle set for which containment alone may make a match
 * @param window largest gap between the filing times of two complaints that may be duplicates
 * @param sameOpd require the same OPD code when both complaints have one
 * @param sameKapanewon require the same kapanewon when both complaints have one
 * @param sameCategory require the same category when both complaints have one
 * @param templateReporterLimit a text that matches complaints of more than this many distinct reporters
 *     is stock wording; a complaint without a reporter key counts as its own reporter
 * @param commonTermMinComplaints a word used by more complaints than this is common, unless
 *     {@code commonTermShare} allows more
 * @param commonTermShare a word used by more than this share of indexed complaints is common; a match
 *     whose shared words are all common is stock wording
 * @param maxCandidates most candidates verified per complaint, so that one crowded bucket cannot slow a
 *     lookup
 */
public record DedupSettings(int shingleSize, int hashCount, int bands, long seed, double threshold,
        double containmentThreshold, int minContainmentShingles, Duration window, boolean sameOpd,
        boolean sameKapanewon, boolean sameCategory, int templateReporterLimit, int commonTermMinComplaints,
        double commonTermShare, int maxCandidates) {

    /** Returns the defaults; the README of the bridge lists them under {@code bridge.dedup.*}. */
    public static DedupSettings defaults() {
        return new DedupSettings(2, 80, 20, 20_180_076L, 0.6, 0.8, 4, Duration.ofDays(30), true, true,
                true, 5, 10, 0.01, 200);
    }

    /** Returns a copy with another shingle size, MinHash count and band count. */
    public DedupSettings withIndexShape(int newShingleSize, int newHashCount, int newBands) {
        return new DedupSettings(newShingleSize, newHashCount, newBands, seed, threshold, containmentThreshold,
                minContainmentShingles, window, sameOpd, sameKapanewon, sameCategory, templateReporterLimit,
                commonTermMinComplaints, commonTermShare, maxCandidates);
    }

    /** Returns a copy with other scope rules. */
    public DedupSettings withScope(Duration newWindow, boolean newSameOpd, boolean newSameKapanewon,
            boolean newSameCategory) {
        return new DedupSettings(shingleSize, hashCount, bands, seed, threshold, containmentThreshold,
                minContainmentShingles, newWindow, newSameOpd, newSameKapanewon, newSameCategory,
                templateReporterLimit, commonTermMinComplaints, commonTermShare, maxCandidates);
    }

    /** Returns a copy with other stock wording limits. */
    public DedupSettings withTemplateLimits(int newReporterLimit, int newTermMinComplaints, double newTermShare) {
        return new DedupSettings(shingleSize, hashCount, bands, seed, threshold, containmentThreshold,
                minContainmentShingles, window, sameOpd, sameKapanewon, sameCategory, newReporterLimit,
                newTermMinComplaints, newTermShare, maxCandidates);
    }

    /** Returns every rule these settings break, one message each; empty when they are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, shingleSize >= 1, "shingle-size must be 1 or more, was " + shingleSize);
        check(problems, hashCount >= 1, "hash-count must be 1 or more, was " + hashCount);
        check(problems, bands >= 1 && bands <= LshBands.MAX_BANDS,
                "bands must be 1 to " + LshBands.MAX_BANDS + ", was " + bands);
        check(problems, bands < 1 || hashCount % bands == 0,
                "hash-count " + hashCount + " must be a multiple of bands " + bands);
        check(problems, threshold > 0 && threshold <= 1, "threshold must be in (0, 1], was " + threshold);
        check(problems, containmentThreshold > 0 && containmentThreshold <= 1,
                "containment-threshold must be in (0, 1], was " + containmentThreshold);
        check(problems, window != null && !window.isNegative(), "window must be zero or positive, was " + window);
        check(problems, templateReporterLimit >= 1,
                "template-reporter-limit must be 1 or more, was " + templateReporterLimit);
        check(problems, commonTermShare >= 0 && commonTermShare <= 1,
                "common-term-share must be in [0, 1], was " + commonTermShare);
        check(problems, maxCandidates >= 1, "max-candidates must be 1 or more, was " + maxCandidates);
        return problems;
    }

    /** Returns the parameters that shape the stored index; a change in any of them requires a rebuild. */
    public String indexFingerprint() {
        return "normalizer=" + TextNormalizer.VERSION + ";shingle-size=" + shingleSize + ";hash-count="
                + hashCount + ";bands=" + bands + ";seed=" + seed;
    }

    private static void check(List<String> problems, boolean valid, String message) {
        if (!valid) {
            problems.add(message);
        }
    }
}
