package pl.zmp.tracker.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.events.project.FinancingAmountRecorded;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.MunicipalityEnrolled;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.query.dashboard.DashboardStatistics;
import pl.zmp.tracker.query.dashboard.DashboardStatisticsCalculator;
import pl.zmp.tracker.query.dashboard.HistoricStatistics;
import pl.zmp.tracker.query.project.Financing;
import pl.zmp.tracker.query.project.ProjectView;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which events produced a figure of the dashboard, or one project's share of it. A figure counts or adds up
 * things the project read model holds (a project, an enrolled municipality, a partner, a total value statement,
 * the latest count of people trained); each was set by the last event of its project, in recording order, that
 * states it. Those events are the figure's lineage. With {@code asOf} and/or {@code knownAt} the read models
 * are those of that moment, replayed as the dashboard's history replays them.
 */
@Component
class Lineage {

    /** The figures that have a lineage, by their name in the API. */
    enum Figure {
        PROJECTS("projects"), MUNICIPALITIES("municipalities"), PARTNERS("partners"), TOTAL_VALUE("total-value"),
        PEOPLE_TRAINED("people-trained");

        static final String API_NAMES = "projects|municipalities|partners|total-value|people-trained";

        private final String apiName;

        Figure(String apiName) {
            this.apiName = apiName;
        }

        String apiName() {
            return apiName;
        }

        static Figure ofApiName(String name) {
            return Arrays.stream(values()).filter(figure -> figure.apiName.equals(name)).findFirst().orElseThrow();
        }
    }

    /** A figure with the events it comes from, in global order. */
    record FigureLineage(String figure, String projectId, String currency, Instant asOf, Instant knownAt,
                         BigDecimal value, List<AuditEvent> events) {
    }

    private final MongoTemplate liveViews;
    private final HistoricStatistics history;
    private final DashboardStatisticsCalculator calculator;
    private final EventStorageEngine eventStore;
    private final AuditLog log;
    private final Clock clock;

    Lineage(MongoTemplate liveViews, HistoricStatistics history, DashboardStatisticsCalculator calculator,
            EventStorageEngine eventStore, AuditLog log, Clock clock) {
        this.liveViews = liveViews;
        this.history = history;
        this.calculator = calculator;
        this.eventStore = eventStore;
        this.log = log;
        this.clock = clock;
    }

    /** The figure over every project, or over {@code projectId} alone; in one currency for the total value. */
    FigureLineage of(Figure figure, String projectId, String currency, Instant asOf, Instant knownAt) {
        List<ProjectView> projects = (asOf == null && knownAt == null ? liveViews.findAll(ProjectView.class)
                : history.replay(asOf, knownAt, (views, replayed) -> views.findAll(ProjectView.class))).stream()
                .filter(project -> projectId == null || project.getId().equals(projectId)).toList();
        List<AuditEvent> events = new ArrayList<>();
        for (ProjectView project : projects) {
            List<Predicate<Object>> sources = sources(figure, project, currency);
            if (!sources.isEmpty()) {
                events.addAll(log.events(project.getId(), lastSetting(project, sources, asOf)));
            }
        }
        events.sort(Comparator.comparingLong(AuditEvent::globalPosition));
        DashboardStatistics statistics = calculator.compute(-1, asOf != null ? asOf : clock.instant(), projects,
                List.of(), List.of());
        return new FigureLineage(figure.apiName(), projectId, currency, asOf, knownAt,
                value(figure, statistics, currency), List.copyOf(events));
    }

    /** For each thing the project adds to the figure: which event payloads state it as the read model holds it. */
    private static List<Predicate<Object>> sources(Figure figure, ProjectView project, String currency) {
        return switch (figure) {
            case PROJECTS -> List.of(ProjectRegistered.class::isInstance);
            case MUNICIPALITIES -> project.getParticipants().stream().filter(ProjectView.Participant::active)
                    .<Predicate<Object>>map(participant -> payload -> payload instanceof MunicipalityEnrolled enrolled
                            && enrolled.municipalityId().value().equals(participant.municipalityId())
                            && enrolled.role().name().equals(participant.role()))
                    .toList();
            case PARTNERS -> project.getPartners().stream().filter(ProjectView.Partner::active)
                    .<Predicate<Object>>map(partner -> payload -> payload instanceof PartnerAdded added
                            && added.organisationId().value().equals(partner.organisationId())
                            && added.role().name().equals(partner.role()))
                    .toList();
            case TOTAL_VALUE -> Financing.figure(project, "TOTAL_VALUE")
                    .filter(value -> value.amount().currency().equals(currency))
                    .<Predicate<Object>>map(value -> payload -> payload instanceof FinancingAmountRecorded stated
                            && stated.item().name().equals("TOTAL_VALUE"))
                    .stream().toList();
            case PEOPLE_TRAINED -> DashboardStatisticsCalculator.peopleTrained(project)
                    .<Predicate<Object>>map(actual -> payload -> payload instanceof IndicatorActualRecorded recorded
                            && recorded.indicatorCode().equals(DashboardStatisticsCalculator.PEOPLE_TRAINED)
                            && recorded.asOf().equals(actual.asOf()) && recorded.value().compareTo(actual.value()) == 0)
                    .stream().toList();
        };
    }

    /**
     * The sequence numbers of the events that set each source: the last event stating it among those the read
     * model took in (up to its version, and of those the facts that had happened by {@code asOf}).
     */
    private List<Long> lastSetting(ProjectView project, List<Predicate<Object>> sources, Instant asOf) {
        Long[] setBy = new Long[sources.size()];
        try (Stream<? extends DomainEventMessage<?>> stream = eventStore.readEvents(project.getId()).asStream()) {
            stream.takeWhile(event -> event.getSequenceNumber() <= project.getVersion())
                    .filter(event -> asOf == null || !BusinessFact.of(event.getPayload(), event.getTimestamp()).isAfter(asOf))
                    .forEach(event -> {
                        for (int i = 0; i < sources.size(); i++) {
                            if (sources.get(i).test(event.getPayload())) {
                                setBy[i] = event.getSequenceNumber();
                            }
                        }
                    });
        }
        return Arrays.stream(setBy).filter(Objects::nonNull).distinct().toList();
    }

    private static BigDecimal value(Figure figure, DashboardStatistics statistics, String currency) {
        return switch (figure) {
            case PROJECTS -> BigDecimal.valueOf(statistics.projects());
            case MUNICIPALITIES -> BigDecimal.valueOf(statistics.municipalitiesInvolved());
            case PARTNERS -> BigDecimal.valueOf(statistics.partnersInvolved());
            case TOTAL_VALUE -> statistics.totalValue().stream().filter(total -> total.currency().equals(currency))
                    .map(DashboardStatistics.CurrencyTotal::total).findFirst().orElse(BigDecimal.ZERO);
            case PEOPLE_TRAINED -> statistics.peopleTrained().value();
        };
    }
}
