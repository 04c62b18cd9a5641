package pl.zmp.tracker.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: closed-loop clients, each sending RecordIndicatorActual over HTTP to projects of its
 * own (so two clients never race on one aggregate), as fast as answers come back.
 */
final class CommandLoad {

    record Result(int clients, double perSecond, double p50, double p99, long errors) {
    }

    private CommandLoad() {
    }

    static Result run(Workload workload, int clients, int warmUpSeconds, int seconds) throws InterruptedException {
        long measureFrom = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Stats.Recorder> recorders = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<String> own = new ArrayList<>();
            for (int p = c; p < workload.projects.size(); p += clients) {
                own.add(workload.projects.get(p));
            }
            Stats.Recorder recorder = new Stats.Recorder();
            recorders.add(recorder);
            Thread thread = new Thread(() -> {
                int next = 0;
                long started;
                while ((started = System.nanoTime()) < end) {
                    Http.Answer answer = workload.recordActual(own.get(next++ % own.size()));
                    long finished = System.nanoTime();
                    if (started >= measureFrom) {
                        if (answer.ok()) {
                            recorder.add(finished - started);
                        } else {
                            errors.incrementAndGet();
                            if (firstError.compareAndSet(0, 1)) {
                                System.err.println("command failed: " + answer.status() + " " + answer.body());
                            }
                        }
                    }
                }
            }, "client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Stats.Recorder all = Stats.Recorder.merge(recorders);
        return new Result(clients, all.count / (double) seconds, Stats.percentileMillis(all.nanos, all.count, 50),
                Stats.percentileMillis(all.nanos, all.count, 99), errors.get());
    }
}
