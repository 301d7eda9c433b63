package id.laporbridge.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    @Test
    void sameSeedGivesSameSignature() {
        long[] shingles = {1, 2, 3, 4};

        assertThat(new MinHasher(64, 9).signature(shingles)).isEqualTo(new MinHasher(64, 9).signature(shingles));
    }

    @Test
    void otherSeedGivesOtherSignature() {
        long[] shingles = {1, 2, 3, 4};

        assertThat(new MinHasher(64, 9).signature(shingles)).isNotEqualTo(new MinHasher(64, 10).signature(shingles));
    }

    @Test
    void estimateTracksExactJaccard() {
        MinHasher hasher = new MinHasher(256, 42);
        SplittableRandom random = new SplittableRandom(3);
        double totalError = 0;
        int trials = 50;
        for (int trial = 0; trial < trials; trial++) {
            int shared = 10 + random.nextInt(90);
            long[] left = LongStream.range(0, 100).map(i -> random.nextLong()).sorted().toArray();
            long[] right = mixedSet(left, shared, random);
            double exact = SetSimilarity.jaccard(left, right);
            double estimate = MinHasher.estimateJaccard(hasher.signature(left), hasher.signature(right));
            assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
            totalError += Math.abs(estimate - exact);
        }
        assertThat(totalError / trials).isLessThan(0.04);
    }

    private static long[] mixedSet(long[] base, int shared, SplittableRandom random) {
        long[] mixed = Arrays.copyOf(base, base.length);
        for (int i = shared; i < mixed.length; i++) {
            mixed[i] = random.nextLong();
        }
        return Shingler.sortedDistinct(mixed);
    }
}
