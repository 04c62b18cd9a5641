package pl.zmp.tracker.command.municipality;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.Instant;
import java.time.LocalDate;

/** Record that the municipality is a ZMP member since a date, and until one if its membership ended. */
record RecordZmpMembership(
        @TargetAggregateIdentifier MunicipalityId municipalityId,
        LocalDate since,
        LocalDate until,
        Instant occurredOn) {

    /** Happening now, as far as the coordinator says. */
    public RecordZmpMembership(MunicipalityId municipalityId, LocalDate since, LocalDate until) {
        this(municipalityId, since, until, null);
    }
}
