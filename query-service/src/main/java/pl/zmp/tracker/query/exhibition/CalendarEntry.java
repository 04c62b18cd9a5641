package pl.zmp.tracker.query.exhibition;

import java.time.LocalDate;
import java.util.List;

/** One showing on the exhibition calendar. */
public record CalendarEntry(
        String exhibitionId,
        String exhibitionTitle,
        String projectId,
        String showingCode,
        String venueName,
        String city,
        String country,
        LocalDate from,
        LocalDate to,
        List<String> sideProgramme,
        boolean cancelled,
        String cancellationReason) {

    static CalendarEntry of(ExhibitionView exhibition, ExhibitionView.Showing showing) {
        return new CalendarEntry(exhibition.getId(), exhibition.getTitle(), exhibition.getProjectId(), showing.code(),
                showing.venueName(), showing.city(), showing.country(), showing.from(), showing.to(),
                showing.sideProgramme(), showing.cancelled(), showing.cancellationReason());
    }
}
