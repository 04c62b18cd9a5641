package pl.zmp.tracker.query.dashboard;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.query.exhibition.ExhibitionProjection;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.exhibition.ExhibitionViewRepository;
import pl.zmp.tracker.query.project.ProjectProjection;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.project.ProjectViewRepository;
import pl.zmp.tracker.query.recruitment.RecruitmentProjection;
import pl.zmp.tracker.query.recruitment.RecruitmentView;
import pl.zmp.tracker.query.recruitment.RecruitmentViewRepository;
import pl.zmp.tracker.values.TimePoint;

import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The read models as they stood at a point of either time, and the dashboard computed from them.
 * <ul>
 *   <li>{@code knownAt} (recording time): only the events recorded by then (up to the highest global
 *   position recorded at or before it) — what the system knew;</li>
 *   <li>{@code asOf} (business time): of those, only the facts that had happened by then — what was true.
 *   An aggregate whose first fact happened later did not exist yet: none of its facts count.</li>
 * </ul>
 * The chosen events are replayed, in the order they were recorded, through the very projections that
 * maintain the live read models, into a scratch database that is dropped afterwards.
 */
@Component
public class HistoricStatistics {

    private final MongoClient mongoClient;
    private final MongoTemplate liveTemplate;
    private final EventStorageEngine eventStore;
    private final EventLog eventLog;
    private final DashboardStatisticsCalculator calculator;

    HistoricStatistics(MongoClient mongoClient, MongoTemplate liveTemplate, EventStorageEngine eventStore,
                       EventLog eventLog, DashboardStatisticsCalculator calculator) {
        this.mongoClient = mongoClient;
        this.liveTemplate = liveTemplate;
        this.eventStore = eventStore;
        this.eventLog = eventLog;
        this.calculator = calculator;
    }

    /** What the replay took in: the highest global position and the latest recording moment (null: none). */
    public record Replayed(long position, Instant lastRecordedAt) {
    }

    /** The read models at that point of both times, as seen by {@code reader}; either point may be null. */
    public interface Reader<T> {
        T read(MongoTemplate views, Replayed replayed);
    }

    /**
     * A point of business or recording time given as the parameter {@code parameter} (null when not given);
     * one that does not read is refused with 400 naming the parameter.
     */
    public static Instant point(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TimePoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(parameter, e.getMessage());
        }
    }

    /** The dashboard as the world stood at {@code asOf}, as the system knew it at {@code knownAt}. */
    public DashboardStatistics at(Instant asOf, Instant knownAt) {
        return replay(asOf, knownAt, (views, replayed) -> calculator.compute(replayed.position(),
                asOf != null ? asOf : knownAt, views.findAll(ProjectView.class), views.findAll(RecruitmentView.class),
                views.findAll(ExhibitionView.class)).at(asOf, knownAt, replayed.lastRecordedAt()));
    }

    /** Every panel of the dashboard at that point of both times. */
    public DashboardSnapshot snapshot(Instant asOf, Instant knownAt) {
        return replay(asOf, knownAt, (views, replayed) -> {
            List<ProjectView> projects = views.findAll(ProjectView.class);
            List<RecruitmentView> recruitments = views.findAll(RecruitmentView.class);
            List<ExhibitionView> exhibitions = views.findAll(ExhibitionView.class);
            DashboardStatistics statistics = calculator.compute(replayed.position(), asOf != null ? asOf : knownAt,
                    projects, recruitments, exhibitions).at(asOf, knownAt, replayed.lastRecordedAt());
            return DashboardSnapshot.of(statistics, projects, recruitments, exhibitions);
        });
    }

    public <T> T replay(Instant asOf, Instant knownAt, Reader<T> reader) {
        long lastKnown = knownAt == null ? Long.MAX_VALUE : eventLog.positionAt(knownAt);
        MongoTemplate scratch = new MongoTemplate(new SimpleMongoClientDatabaseFactory(mongoClient,
                "asof-" + UUID.randomUUID()), liveTemplate.getConverter());
        try {
            MongoRepositoryFactory repositories = new MongoRepositoryFactory(scratch);
            List<AnnotationEventHandlerAdapter> projections = List.of(
                    new AnnotationEventHandlerAdapter(new ProjectProjection(
                            repositories.getRepository(ProjectViewRepository.class), scratch)),
                    new AnnotationEventHandlerAdapter(new RecruitmentProjection(
                            repositories.getRepository(RecruitmentViewRepository.class), scratch)),
                    new AnnotationEventHandlerAdapter(new ExhibitionProjection(
                            repositories.getRepository(ExhibitionViewRepository.class), scratch)));
            Happened happened = new Happened(asOf);
            long position = -1;
            Instant lastRecordedAt = null;
            if (lastKnown >= 0) {
                try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(null, false)) {
                    Iterator<? extends TrackedEventMessage<?>> recorded =
                            events.takeWhile(event -> globalIndex(event) <= lastKnown).iterator();
                    while (recorded.hasNext()) {
                        TrackedEventMessage<?> event = recorded.next();
                        if (happened.test(event)) {
                            projections.forEach(projection -> replay(projection, event));
                            position = globalIndex(event);
                            lastRecordedAt = event.getTimestamp();
                        }
                    }
                }
            }
            return reader.read(scratch, new Replayed(position, lastRecordedAt));
        } finally {
            scratch.getDb().drop();
        }
    }

    /** The recording moment of the event at a global position (the live dashboard's); null for none. */
    public Instant lastRecordedAt(long position) {
        if (position < 0) {
            return null;
        }
        return eventLog.after(position - 1, 1).stream().findFirst()
                .map(row -> Instant.parse(row.timeStamp())).orElse(null);
    }

    /** Which facts had happened by asOf: not those after it, nor any fact of an aggregate started after it. */
    private static final class Happened {
        private final Instant asOf;
        private final Set<String> notYetStarted = new HashSet<>();

        private Happened(Instant asOf) {
            this.asOf = asOf;
        }

        boolean test(EventMessage<?> event) {
            if (asOf == null) {
                return true;
            }
            String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
            if (aggregate != null && notYetStarted.contains(aggregate)) {
                return false;
            }
            boolean happened = !BusinessFact.of(event.getPayload(), event.getTimestamp()).isAfter(asOf);
            if (!happened && event instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0) {
                notYetStarted.add(aggregate);
            }
            return happened;
        }
    }

    private static void replay(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        if (projection.canHandle(event)) {
            try {
                projection.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("replaying event " + event.getIdentifier() + " failed", e);
            }
        }
    }

    private static long globalIndex(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
