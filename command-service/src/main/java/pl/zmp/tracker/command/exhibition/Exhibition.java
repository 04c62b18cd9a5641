package pl.zmp.tracker.command.exhibition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.axon.AggregateSnapshots;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.ExpectedVersionTargetResolver;
import pl.zmp.tracker.command.axon.KnownAggregates;
import pl.zmp.tracker.events.exhibition.ExhibitionRegistered;
import pl.zmp.tracker.events.exhibition.ShowingCancelled;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.exhibition.ShowingRescheduled;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.Venue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An exhibition of a project and its showings at venues. Showings at different venues may overlap
 * in time; one venue never hosts two showings on the same day, unless one of them is cancelled.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
class Exhibition {

    private static final String REGISTRATION = "the registration of the exhibition";

    @AggregateIdentifier
    private ExhibitionId exhibitionId;
    /** Business time of the registration: no showing is moved or cancelled before it. */
    private Instant startedOn;
    /** By showing code, in the order recorded; cancelled showings stay, their codes are not reused. */
    private final Map<String, Showing> showings = new LinkedHashMap<>();

    private record Showing(String code, Venue venue, DateRange period, boolean cancelled) {

        Showing movedTo(DateRange newPeriod) {
            return new Showing(code, venue, newPeriod, cancelled);
        }

        Showing asCancelled() {
            return new Showing(code, venue, period, true);
        }
    }

    protected Exhibition() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Exhibition(RegisterExhibition command, KnownAggregates known) {
        known.requireRunningProject(command.projectId(), "register an exhibition");
        if (command.title() == null || command.title().isBlank()) {
            throw CommandRejectedException.ruleViolation("TITLE_REQUIRED", "an exhibition needs a title");
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new ExhibitionRegistered(command.exhibitionId(), command.projectId(), command.title(), occurredOn));
    }

    @CommandHandler
    void handle(RecordShowing command) {
        if (showings.containsKey(command.showingCode())) {
            throw CommandRejectedException.conflict("SHOWING_ALREADY_RECORDED",
                    "the exhibition already has a showing " + command.showingCode());
        }
        Venue venue = new Venue(command.venueName(), command.city(), command.country());
        requireVenueFree(venue, command.period(), command.showingCode());
        Instant occurredOn = OccurredOn.resolve(command.occurredOn());
        apply(new ShowingRecorded(exhibitionId, command.showingCode(), venue, command.period(),
                command.sideProgramme(), occurredOn));
    }

    @CommandHandler
    void handle(RescheduleShowing command) {
        Showing showing = requireShowing(command.showingCode());
        if (showing.cancelled()) {
            throw CommandRejectedException.ruleViolation("SHOWING_CANCELLED",
                    "showing " + showing.code() + " is cancelled; it cannot be rescheduled");
        }
        if (showing.period().equals(command.period())) {
            return;
        }
        requireVenueFree(showing.venue(), command.period(), showing.code());
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new ShowingRescheduled(exhibitionId, showing.code(), showing.period(), command.period(), occurredOn));
    }

    @CommandHandler
    void handle(CancelShowing command) {
        Showing showing = requireShowing(command.showingCode());
        if (showing.cancelled()) {
            throw CommandRejectedException.conflict("SHOWING_ALREADY_CANCELLED",
                    "showing " + showing.code() + " is already cancelled");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw CommandRejectedException.ruleViolation("REASON_REQUIRED", "a cancellation needs a reason");
        }
        Instant occurredOn = OccurredOn.resolve(command.occurredOn(), startedOn, REGISTRATION);
        apply(new ShowingCancelled(exhibitionId, showing.code(), command.reason(), occurredOn));
    }

    private Showing requireShowing(String code) {
        Showing showing = showings.get(code);
        if (showing == null) {
            throw CommandRejectedException.ruleViolation("UNKNOWN_SHOWING", "the exhibition has no showing " + code);
        }
        return showing;
    }

    /** Rejects a period at a venue that another live showing holds on any of its days (both ends included). */
    private void requireVenueFree(Venue venue, DateRange period, String showingCode) {
        showings.values().stream()
                .filter(other -> !other.cancelled() && !other.code().equals(showingCode))
                .filter(other -> other.venue().isSamePlaceAs(venue) && other.period().overlaps(period))
                .findFirst()
                .ifPresent(other -> {
                    throw CommandRejectedException.conflict("VENUE_DOUBLE_BOOKED",
                            venue.name() + " (" + venue.city() + ", " + venue.country() + ") already hosts showing "
                                    + other.code() + " from " + other.period().from() + " to " + other.period().to());
                });
    }

    @EventSourcingHandler
    void on(ExhibitionRegistered event) {
        exhibitionId = event.exhibitionId();
        startedOn = event.occurredOn();
    }

    @EventSourcingHandler
    void on(ShowingRecorded event) {
        showings.put(event.showingCode(), new Showing(event.showingCode(), event.venue(), event.period(), false));
    }

    @EventSourcingHandler
    void on(ShowingRescheduled event) {
        showings.computeIfPresent(event.showingCode(), (code, showing) -> showing.movedTo(event.period()));
    }

    @EventSourcingHandler
    void on(ShowingCancelled event) {
        showings.computeIfPresent(event.showingCode(), (code, showing) -> showing.asCancelled());
    }
}
