package pl.zmp.tracker.query.dashboard;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.projection.ProjectionProgress;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.recruitment.RecruitmentView;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pushes the statistics to every open dashboard when the projections move on. Changes arriving
 * together are sent once, {@link #COALESCE} after the first of them: well within a second.
 */
@Component
public class LiveDashboard {

    static final Duration COALESCE = Duration.ofMillis(150);
    /** How long a browser waits before reopening a stream ended by shutdown: the instance is gone by then. */
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);
    static final String EVENT_NAME = "statistics";
    private static final int MAX_FOLLOW_UPS = 20;

    private final MongoTemplate mongo;
    private final ProjectionProgress progress;
    private final DashboardStatisticsCalculator calculator;
    private final Clock clock;
    private final HistoricStatistics history;
    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    /** Shutdown has begun: streams are ended, new ones as soon as they open; guarded by {@code subscribers}. */
    private boolean stopped;
    private final AtomicBoolean broadcastPending = new AtomicBoolean();
    /** Looks taken since the last projection commit; bounded, so a stuck projection cannot keep the loop busy. */
    private final AtomicInteger followUps = new AtomicInteger();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-dashboard");
        thread.setDaemon(true);
        return thread;
    });

    LiveDashboard(MongoTemplate mongo, ProjectionProgress progress, DashboardStatisticsCalculator calculator, Clock clock,
                  HistoricStatistics history) {
        this.mongo = mongo;
        this.history = history;
        this.progress = progress;
        this.calculator = calculator;
        this.clock = clock;
        progress.onAdvance(position -> {
            followUps.set(0);
            scheduleBroadcast();
        });
    }

    public DashboardStatistics current() {
        long position = progress.caughtUpTo();
        return calculator.compute(position, clock.instant(), mongo.findAll(ProjectView.class),
                mongo.findAll(RecruitmentView.class), mongo.findAll(ExhibitionView.class))
                .at(null, null, history.lastRecordedAt(position));
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        synchronized (subscribers) {
            // a browser reopening its stream while shutdown runs would otherwise hold the shutdown up
            if (stopped) {
                end(emitter);
                return emitter;
            }
            subscribers.add(emitter);
        }
        send(emitter, current());
        return emitter;
    }

    private void scheduleBroadcast() {
        if (!subscribers.isEmpty() && broadcastPending.compareAndSet(false, true)) {
            scheduler.schedule(this::broadcast, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void broadcast() {
        broadcastPending.set(false);
        DashboardStatistics statistics = current();
        subscribers.forEach(emitter -> send(emitter, statistics));
        // a projection that ignores an event advances without a commit to signal: look again, for a while
        if (statistics.position() < progress.head() && followUps.incrementAndGet() <= MAX_FOLLOW_UPS) {
            scheduleBroadcast();
        }
    }

    private void send(SseEmitter emitter, DashboardStatistics statistics) {
        try {
            emitter.send(SseEmitter.event().name(EVENT_NAME).id(Long.toString(statistics.position())).data(statistics));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(emitter);
        }
    }

    /**
     * Ends open streams as shutdown begins, and any opened after, so a graceful shutdown need not wait
     * for dashboards to leave.
     */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        scheduler.shutdownNow();
        synchronized (subscribers) {
            stopped = true;
        }
        subscribers.forEach(LiveDashboard::end);
    }

    /** Tells the browser to reconnect later (to an instance still running), then ends the stream. */
    private static void end(SseEmitter emitter) {
        try {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT_AFTER.toMillis()).comment("shutting down"));
        } catch (IOException | IllegalStateException gone) {
            // the stream is gone already; completing it is harmless
        }
        emitter.complete();
    }
}
