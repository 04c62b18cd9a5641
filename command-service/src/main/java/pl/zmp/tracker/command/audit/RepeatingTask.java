package pl.zmp.tracker.command.audit;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on its own daemon thread every {@code interval} (first after one interval), from the
 * application's start to its stop; never run when the interval is zero or negative.
 */
abstract class RepeatingTask implements SmartLifecycle {

    private final String threadName;
    private ScheduledExecutorService schedule;

    RepeatingTask(String threadName) {
        this.threadName = threadName;
    }

    /** How long between two runs; read at start. */
    abstract Duration interval();

    /** One run; what it throws is its own business to report. */
    abstract void runOnce();

    @Override
    public synchronized void start() {
        Duration interval = interval();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
