package pl.zmp.tracker.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of recorded latencies (nanoseconds), and the median of runs. */
final class Stats {

    private Stats() {
    }

    /** The p-th percentile (0..100) in milliseconds, nearest rank; the array is sorted in place. */
    static double percentileMillis(long[] nanos, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(nanos, 0, count);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return nanos[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Appends latencies to a growing array; one per thread. */
    static final class Recorder {
        long[] nanos = new long[1 << 14];
        int count;

        void add(long value) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = value;
        }

        static Recorder merge(List<Recorder> recorders) {
            Recorder all = new Recorder();
            for (Recorder recorder : recorders) {
                for (int i = 0; i < recorder.count; i++) {
                    all.add(recorder.nanos[i]);
                }
            }
            return all;
        }
    }
}
