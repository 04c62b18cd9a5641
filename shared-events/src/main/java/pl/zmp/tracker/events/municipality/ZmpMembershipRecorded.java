package pl.zmp.tracker.events.municipality;

import org.axonframework.serialization.Revision;
import pl.zmp.tracker.values.MunicipalityId;

import java.time.LocalDate;

/** The municipality is a member of ZMP since a date, and until one when its membership ended. */
@Revision("1")
public record ZmpMembershipRecorded(
        MunicipalityId municipalityId,
        LocalDate since,
        LocalDate until) {
}
