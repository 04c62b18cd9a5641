package pl.zmp.tracker.query.dashboard;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.query.exhibition.ExhibitionProjection;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.exhibition.ExhibitionViewRepository;
import pl.zmp.tracker.query.project.ProjectProjection;
import pl.zmp.tracker.query.project.ProjectView;
import pl.zmp.tracker.query.project.ProjectViewRepository;
import pl.zmp.tracker.query.recruitment.RecruitmentProjection;
import pl.zmp.tracker.query.recruitment.RecruitmentView;
import pl.zmp.tracker.query.recruitment.RecruitmentViewRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The dashboard as it stood at a moment: the events recorded up to then (up to the highest global
 * position recorded at or before the moment) are replayed through the very projections that
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

    public DashboardStatistics asOf(Instant moment) {
        long position = positionAt(moment);
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
            if (position >= 0) {
                try (Stream<? extends TrackedEventMessage<?>> events = eventStore.readEvents(null, false)) {
                    events.takeWhile(event -> globalIndex(event) <= position)
                            .forEach(event -> projections.forEach(projection -> replay(projection, event)));
                }
            }
            return calculator.compute(position, moment, scratch.findAll(ProjectView.class),
                    scratch.findAll(RecruitmentView.class), scratch.findAll(ExhibitionView.class));
        } finally {
            scratch.getDb().drop();
        }
    }

    /** The highest global position of an event recorded at or before the moment; -1 if none. */
    long positionAt(Instant moment) {
        return eventLog.positionAt(moment);
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
