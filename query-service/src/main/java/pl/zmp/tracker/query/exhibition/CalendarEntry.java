package pl.zmp.tracker.query.exhibition;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** One showing on the exhibition calendar. */
public record CalendarEntry(
        String exhibitionId,
        @Schema(example = "Wypędzeni 1939…") String exhibitionTitle,
        String projectId,
        @Schema(example = "szczecin-2018") String showingCode,
        @Schema(example = "Muzeum Narodowe") String venueName,
        @Schema(example = "Szczecin") String city,
        @Schema(example = "PL") String country,
        @Schema(example = "2018-03-29") LocalDate from,
        @Schema(example = "2018-04-06") LocalDate to,
        List<String> sideProgramme,
        boolean cancelled,
        String cancellationReason) {

    static CalendarEntry of(ExhibitionView exhibition, ExhibitionView.Showing showing) {
        return new CalendarEntry(exhibition.getId(), exhibition.getTitle(), exhibition.getProjectId(), showing.code(),
                showing.venueName(), showing.city(), showing.country(), showing.from(), showing.to(),
                showing.sideProgramme(), showing.cancelled(), showing.cancellationReason());
    }
}
