package pl.zmp.tracker.command.recruitment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.AggregateSnapshots;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.command.axon.UniqueClaims;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationRejected;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentDeadlineExtended;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A call for participants of one round of a project: municipalities apply until it closes (or its
 * deadline passes), and each application is accepted, while places last, or rejected.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
class Recruitment {

    /** The scope of project rounds among {@link UniqueClaims}: "projectId:round". */
    static final String ROUND_SCOPE = "recruitment-round";

    /** Where an application stands. */
    private enum Decision { PENDING, ACCEPTED, REJECTED }

    private static final String OPENING = "the opening of the recruitment";

    @AggregateIdentifier
    private RecruitmentId recruitmentId;
    /** Business time of the opening: nothing about the call happened before it. */
    private Instant startedOn;
    private OffsetDateTime deadline;
    private Integer places;
    private boolean closed;
    private final Map<MunicipalityId, Decision> applications = new HashMap<>();

    protected Recruitment() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Recruitment(OpenRecruitment command, KnownAggregates known, UniqueClaims claims) {
        known.requireRunningProject(command.projectId(), "open a recruitment");
        if (command.title() == null || command.title().isBlank()) {
            throw CommandRejectedException.ruleViolation("TITLE_REQUIRED", "a recruitment needs a title");
        }
        if (command.round() < 1) {
            throw CommandRejectedException.ruleViolation("INVALID_ROUND",
                    "rounds are numbered from 1, not " + command.round());
        }
        if (command.places() != null && command.places() < 1) {
            throw CommandRejectedException.ruleViolation("INVALID_PLACES",
                    "a recruitment offers at least 1 place, not " + command.places());
        }
        // claimed last: a command refused above leaves the round free
        if (!claims.claim(ROUND_SCOPE, command.projectId() + ":" + command.round(), command.recruitmentId().value())) {
            throw CommandRejectedException.conflict("ROUND_ALREADY_OPEN",
                    "round " + command.round() + " of project " + command.projectId() + " already has a recruitment");
        }
        // a deadline in the past is accepted: coordinators also record calls that have already run
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new RecruitmentOpened(command.recruitmentId(), command.projectId(), command.round(),
                command.title(), command.deadline(), command.places(), occurredOn));
    }

    /**
     * An application recorded by its deadline. Once the deadline has passed, even one submitted in time
     * is refused here: it is recorded with {@link RecordLateApplication}, separately authorised and with a reason.
     */
    @CommandHandler
    void handle(ApplyToRecruitment command, KnownAggregates known, Clock clock) {
        Instant now = clock.instant();
        // the submission is the fact: when not stated apart, it was submitted when the coordinator says it happened
        Instant occurredOn = command.occurredOn() == null ? null
                : OccurredOn.resolve(command.occurredOn(), startedOn, OPENING, clock);
        Instant submittedAt = command.submittedAt() != null ? command.submittedAt()
                : occurredOn != null ? occurredOn : now;
        requireApplicable(command.municipalityId(), submittedAt, now, known);
        if (deadline != null && now.isAfter(deadline.toInstant())) {
            throw CommandRejectedException.ruleViolation("RECORDED_AFTER_DEADLINE",
                    "the deadline " + deadline + " has passed; an application submitted in time is recorded"
                            + " as a late application, with the reason it comes late");
        }
        apply(new ApplicationSubmitted(recruitmentId, command.municipalityId(), submittedAt, null,
                occurredOn == null ? submittedAt : occurredOn));
    }

    @CommandHandler
    void handle(RecordLateApplication command, KnownAggregates known, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRejectedException.ruleViolation("REASON_REQUIRED", "a late application needs a reason");
        }
        if (command.submittedAt() == null) {
            throw CommandRejectedException.ruleViolation("SUBMITTED_AT_REQUIRED",
                    "a late application needs the moment it was submitted");
        }
        Instant now = clock.instant();
        requireApplicable(command.municipalityId(), command.submittedAt(), now, known);
        if (deadline == null || !now.isAfter(deadline.toInstant())) {
            throw CommandRejectedException.ruleViolation("NOT_LATE",
                    "the recruitment still takes applications; record it as an ordinary application");
        }
        Instant occurredOn = command.occurredOn() == null ? command.submittedAt()
                : OccurredOn.resolve(command.occurredOn(), startedOn, OPENING, clock);
        apply(new ApplicationSubmitted(recruitmentId, command.municipalityId(), command.submittedAt(),
                command.reason(), occurredOn));
    }

    private void requireApplicable(MunicipalityId municipalityId, Instant submittedAt, Instant now,
                                   KnownAggregates known) {
        known.require(AggregateType.MUNICIPALITY, municipalityId, "UNKNOWN_MUNICIPALITY");
        if (closed) {
            throw CommandRejectedException.ruleViolation("RECRUITMENT_CLOSED",
                    "the recruitment is closed; it takes no more applications");
        }
        if (deadline != null && submittedAt.isAfter(deadline.toInstant())) {
            throw CommandRejectedException.ruleViolation("DEADLINE_PASSED",
                    "the application was submitted at " + submittedAt + ", after the deadline " + deadline);
        }
        if (submittedAt.isAfter(now)) {
            throw CommandRejectedException.ruleViolation("SUBMITTED_IN_FUTURE",
                    "an application cannot be submitted in the future (" + submittedAt + ")");
        }
        if (applications.containsKey(municipalityId)) {
            throw CommandRejectedException.conflict("ALREADY_APPLIED",
                    "municipality " + municipalityId + " has already applied");
        }
    }

    /** Decisions follow the deadline, so an application may be accepted after the recruitment closed. */
    @CommandHandler
    void handle(AcceptApplication command) {
        requirePendingApplication(command.municipalityId());
        if (places != null && acceptedCount() >= places) {
            throw CommandRejectedException.ruleViolation("NO_PLACES_LEFT",
                    "all " + places + " places are taken");
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, OPENING);
        apply(new ApplicationAccepted(recruitmentId, command.municipalityId(), occurredOn));
    }

    @CommandHandler
    void handle(RejectApplication command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRejectedException.ruleViolation("REASON_REQUIRED", "a rejection needs a reason");
        }
        requirePendingApplication(command.municipalityId());
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, OPENING);
        apply(new ApplicationRejected(recruitmentId, command.municipalityId(), command.reason(), occurredOn));
    }

    private long acceptedCount() {
        return applications.values().stream().filter(decision -> decision == Decision.ACCEPTED).count();
    }

    private void requirePendingApplication(MunicipalityId municipalityId) {
        Decision decision = applications.get(municipalityId);
        if (decision == null) {
            throw CommandRejectedException.ruleViolation("NO_SUCH_APPLICATION",
                    "municipality " + municipalityId + " has not applied");
        }
        if (decision != Decision.PENDING) {
            throw CommandRejectedException.conflict("ALREADY_DECIDED",
                    "the application of municipality " + municipalityId + " was already "
                            + decision.name().toLowerCase());
        }
    }

    @CommandHandler
    void handle(ExtendRecruitmentDeadline command) {
        if (closed) {
            throw CommandRejectedException.ruleViolation("RECRUITMENT_CLOSED",
                    "the recruitment is closed; its deadline cannot move");
        }
        if (deadline == null) {
            throw CommandRejectedException.ruleViolation("NO_DEADLINE_TO_EXTEND",
                    "the recruitment has no deadline: it runs until closed");
        }
        if (command.deadline() == null || !command.deadline().isAfter(deadline)) {
            throw CommandRejectedException.ruleViolation("DEADLINE_NOT_LATER",
                    "the new deadline " + command.deadline() + " is not later than " + deadline);
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, OPENING);
        apply(new RecruitmentDeadlineExtended(recruitmentId, deadline, command.deadline(), occurredOn));
    }

    @CommandHandler
    void handle(CloseRecruitment command, Clock clock) {
        if (closed) {
            throw CommandRejectedException.conflict("ALREADY_CLOSED", "the recruitment is already closed");
        }
        // closed when the coordinator says it closed (business time), now when not said
        Instant closedAt = OccurredOn.resolve(command.occurredOn(), startedOn, OPENING, clock);
        apply(new RecruitmentClosed(recruitmentId, closedAt, closedAt));
    }

    @EventSourcingHandler
    void on(RecruitmentOpened event) {
        recruitmentId = event.recruitmentId();
        startedOn = event.occurredOn();
        deadline = event.deadline();
        places = event.places();
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted event) {
        applications.put(event.municipalityId(), Decision.PENDING);
    }

    @EventSourcingHandler
    void on(ApplicationAccepted event) {
        applications.put(event.municipalityId(), Decision.ACCEPTED);
    }

    @EventSourcingHandler
    void on(ApplicationRejected event) {
        applications.put(event.municipalityId(), Decision.REJECTED);
    }

    @EventSourcingHandler
    void on(RecruitmentDeadlineExtended event) {
        deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(RecruitmentClosed event) {
        closed = true;
    }
}
