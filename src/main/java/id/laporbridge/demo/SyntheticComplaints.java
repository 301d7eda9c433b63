package id.laporbridge.demo;

import id.laporbridge.demo.BantulCatalog.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Generates a deterministic sequence of made-up Bantul complaints, with planted near-duplicates.
 *
 * <p>The same seed and arguments always give the same complaints. Creation times rise evenly from
 * {@code from} to {@code to}. With probability {@code duplicateRate} a complaint is a resend of one of the
 * {@value #RECENT_ORIGINALS} most recent fresh complaints: same reporter and place, its text changed in
 * one {@link ResendVariant} way, and half of the time sent through the other channel. The iterator keeps
 * only those recent complaints in memory, so a million complaints can be streamed.
 */
public final class SyntheticComplaints implements Iterator<SyntheticComplaint> {

    static final int RECENT_ORIGINALS = 50;
    private static final String[] CHANNELS = {"lapor-bantul", "sp4n-lapor"};
    private static final String[] CLASSIFICATIONS = {"pengaduan", "pengaduan", "pengaduan", "aspirasi",
        "permintaan-informasi"};
    private static final double ANONYMOUS_SHARE = 0.2;
    private static final double SECRET_SHARE = 0.15;

    private final SplittableRandom random;
    private final ComplaintWriter writer;
    private final ResendWriter resendWriter;
    private final int count;
    private final double duplicateRate;
    private final Instant from;
    private final Duration step;
    private final List<SyntheticComplaint> recentOriginals = new ArrayList<>();
    private final List<PlantedPair> plantedPairs = new ArrayList<>();
    private int produced;

    public SyntheticComplaints(long seed, int count, double duplicateRate, Instant from, Instant to) {
        if (count < 0 || duplicateRate < 0 || duplicateRate > 1 || !to.isAfter(from)) {
            throw new IllegalArgumentException("Invalid synthetic complaint request: count=" + count
                    + " duplicateRate=" + duplicateRate + " from=" + from + " to=" + to
                    + "; use count >= 0, a rate in [0, 1] and from before to");
        }
        this.random = new SplittableRandom(seed);
        this.writer = new ComplaintWriter(random);
        this.resendWriter = new ResendWriter(random);
        this.count = count;
        this.duplicateRate = duplicateRate;
        this.from = from;
        this.step = Duration.between(from, to).dividedBy(Math.max(1, count));
    }

    /** Generates all {@code count} complaints into a list; use the iterator for large counts. */
    public List<SyntheticComplaint> generateAll() {
        List<SyntheticComplaint> all = new ArrayList<>(count - produced);
        while (hasNext()) {
            all.add(next());
        }
        return all;
    }

    /** Returns the pairs planted so far, in the order the copies were generated. */
    public List<PlantedPair> plantedPairs() {
        return List.copyOf(plantedPairs);
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public SyntheticComplaint next() {
        if (!hasNext()) {
            throw new NoSuchElementException("All " + count + " synthetic complaints were generated");
        }
        String key = String.format(Locale.ROOT, "SYN-%07d", produced);
        Instant createdAt = from.plus(step.multipliedBy(produced)).plusSeconds(random.nextInt(60));
        produced++;
        if (!recentOriginals.isEmpty() && random.nextDouble() < duplicateRate) {
            return resend(key, createdAt);
        }
        SyntheticComplaint fresh = fresh(key, createdAt);
        remember(fresh);
        return fresh;
    }

    private SyntheticComplaint fresh(String key, Instant createdAt) {
        Category category = writer.pick(BantulCatalog.CATEGORIES);
        String kapanewon = writer.pick(BantulCatalog.KAPANEWON);
        String kalurahan = writer.pick(BantulCatalog.KALURAHAN_BY_KAPANEWON.get(kapanewon));
        String dusun = writer.pick(BantulCatalog.DUSUN_FRONTS) + writer.pick(BantulCatalog.DUSUN_ENDS);
        String neighbour = "Pak " + writer.pick(BantulCatalog.FIRST_NAMES) + " " + writer.pick(BantulCatalog.LAST_NAMES);
        boolean anonymous = random.nextDouble() < ANONYMOUS_SHARE;
        String firstName = writer.pick(BantulCatalog.FIRST_NAMES);
        String lastName = writer.pick(BantulCatalog.LAST_NAMES);
        return new SyntheticComplaint(key, writer.title(category, dusun),
                writer.body(category, dusun, kalurahan, kapanewon, neighbour),
                CLASSIFICATIONS[random.nextInt(CLASSIFICATIONS.length)], category.code(), kapanewon, kalurahan,
                category.opdCode(), CHANNELS[random.nextInt(CHANNELS.length)], anonymous,
                random.nextDouble() < SECRET_SHARE, anonymous ? null : firstName + " " + lastName,
                anonymous ? null : phoneNumber(), anonymous ? null : email(firstName, lastName), createdAt);
    }

    private SyntheticComplaint resend(String key, Instant createdAt) {
        SyntheticComplaint original = recentOriginals.get(random.nextInt(recentOriginals.size()));
        ResendVariant variant = ResendVariant.values()[random.nextInt(ResendVariant.values().length)];
        String channel = random.nextBoolean() ? original.channel() : otherChannel(original.channel());
        plantedPairs.add(new PlantedPair(original.key(), key, variant));
        return new SyntheticComplaint(key, original.title(), resendWriter.rewrite(original.body(), variant),
                original.classification(), original.categoryCode(), original.kapanewon(), original.kalurahan(),
                original.opdCode(), channel, original.anonymous(), original.secret(), original.reporterName(),
                original.reporterPhone(), original.reporterEmail(), createdAt);
    }

    private void remember(SyntheticComplaint fresh) {
        recentOriginals.add(fresh);
        if (recentOriginals.size() > RECENT_ORIGINALS) {
            recentOriginals.remove(0);
        }
    }

    private String phoneNumber() {
        return String.format(Locale.ROOT, "08%02d%08d", 11 + random.nextInt(89), random.nextInt(100_000_000));
    }

    private String email(String firstName, String lastName) {
        return (firstName + "." + lastName + random.nextInt(100)).toLowerCase(Locale.ROOT) + "@example.com";
    }

    private static String otherChannel(String channel) {
        return CHANNELS[0].equals(channel) ? CHANNELS[1] : CHANNELS[0];
    }
}
