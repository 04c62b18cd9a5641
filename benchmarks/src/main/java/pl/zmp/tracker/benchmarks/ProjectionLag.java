package pl.zmp.tracker.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Benchmark 2: commands offered at a fixed rate (open loop); after the answer of every
 * {@code sampleEvery}-th command, a GET of its project with {@code X-Min-Position: <globalPosition>},
 * which the query side answers once its projections have reached that position. The lag is from the
 * command's answer to the query's. Sampling keeps the reads from doubling the load being measured.
 */
final class ProjectionLag {

    record Result(double offered, double achieved, double commandsPerSecond, double p50, double p99, double max,
                  long commandErrors, long queryErrors, long dropped) {
    }

    private ProjectionLag() {
    }

    static Result run(Workload workload, Http http, String queryUrl, int rate, int sampleEvery, int warmUpSeconds,
                      int seconds) throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long measureFrom = start + warmUpSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        long[] lags = new long[rate * seconds + rate];
        AtomicInteger count = new AtomicInteger();
        AtomicLong commandErrors = new AtomicLong();
        AtomicLong queryErrors = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        AtomicLong commands = new AtomicLong();
        // at most 96 commands in flight and 400 waiting: an overloaded system drops sends, not the run's bound
        ThreadPoolExecutor senders = new ThreadPoolExecutor(96, 96, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(400),
                (task, pool) -> dropped.incrementAndGet());
        for (long i = 0; ; i++) {
            long due = start + i * interval;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = due >= measureFrom;
            String project = workload.projects.get((int) (i % workload.projects.size()));
            boolean sampled = i % sampleEvery == 0;
            senders.execute(() -> {
                Http.Answer command = workload.recordActual(project);
                if (!command.ok()) {
                    if (measured) {
                        commandErrors.incrementAndGet();
                    }
                    return;
                }
                if (measured) {
                    commands.incrementAndGet();
                }
                if (!sampled) {
                    return;
                }
                JsonNode receipt = command.json();
                long accepted = System.nanoTime();
                Http.Answer query = http.get(queryUrl + "/api/projects/" + project,
                        "X-Min-Position", receipt.get("globalPosition").asText());
                long visible = System.nanoTime();
                if (!measured) {
                    return;
                }
                if (query.status() != 200) {
                    queryErrors.incrementAndGet();
                    return;
                }
                int slot = count.getAndIncrement();
                if (slot < lags.length) {
                    lags[slot] = visible - accepted;
                }
                lastAnswer.accumulateAndGet(visible, Math::max);
            });
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        int n = Math.min(count.get(), lags.length);
        double achievedSeconds = Math.max(seconds, (lastAnswer.get() - measureFrom) / 1e9);
        double p50 = Stats.percentileMillis(lags, n, 50);
        double p99 = Stats.percentileMillis(lags, n, 99);
        return new Result(rate, n / achievedSeconds, commands.get() / (double) seconds, p50, p99, n == 0 ? Double.NaN : lags[n - 1] / 1e6,
                commandErrors.get(), queryErrors.get(), dropped.get());
    }
}
