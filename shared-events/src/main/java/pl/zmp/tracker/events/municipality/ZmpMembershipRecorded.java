package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.events.BusinessFact;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.Instant;
import java.time.LocalDate;

/** The municipality is a member of ZMP since a date, and until one when its membership ended. */
@Revision("2")
public record ZmpMembershipRecorded(
        MunicipalityId municipalityId,
        LocalDate since,
        LocalDate until,
        Instant occurredOn) implements BusinessFact {

    /** Without a business time: readers take the recording time as the time it happened. */
    public ZmpMembershipRecorded(MunicipalityId municipalityId, LocalDate since, LocalDate until) {
        this(municipalityId, since, until, null);
    }
}
