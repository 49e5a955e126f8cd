package org.kizuna.generator;

import java.util.SplittableRandom;

/**
 * The random draws of one independent stream: a customer's profile, its life, its records, or one
 * company-wide table. Each stream is seeded from the generator seed, the customer index and the purpose
 * alone, so that any customer can be regenerated on its own and the output does not depend on the order of
 * generation. Transcendental functions use {@link StrictMath} so that the same seed gives the same bytes on
 * every JVM.
 */
final class Draws {

    /** What a stream is used for; part of its seed so that streams of one customer never overlap. */
    enum Purpose {
        PROFILE,
        LIFE,
        RECORDS,
        REFERRER,
        CALENDAR,
        EXCHANGE_RATES,
        COSTS,
        SOCIAL
    }

    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    private Draws(long streamSeed) {
        this.random = new SplittableRandom(streamSeed);
    }

    static Draws forCustomer(long seed, int customerIndex, Purpose purpose) {
        return new Draws(
                mix(mix(seed ^ 0x6A09E667F3BCC909L) + customerIndex * 0x9E3779B97F4A7C15L + purpose.ordinal()));
    }

    static Draws forCompany(long seed, Purpose purpose) {
        return new Draws(mix(mix(seed ^ 0xBB67AE8584CAA73BL) + purpose.ordinal() * 0xC2B2AE3D27D4EB4FL));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: spreads nearby seeds over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given relative weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Standard normal, by Marsaglia's polar method. */
    double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /** Log-normal with the given median; {@code sigma} is the spread of its logarithm. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Log-uniform between low and high, for sizes that span orders of magnitude. */
    double logUniform(double low, double high) {
        return low * StrictMath.pow(high / low, random.nextDouble());
    }

    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
