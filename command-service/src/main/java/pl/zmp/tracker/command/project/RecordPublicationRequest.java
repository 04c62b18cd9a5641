package pl.zmp.tracker.command.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ProjectId;

import java.time.LocalDate;

import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK;
import static pl.zmp.tracker.command.project.ProjectRequests.NOT_BLANK_MESSAGE;
import static pl.zmp.tracker.command.project.ProjectRequests.TITLE;
import static pl.zmp.tracker.command.project.ProjectRequests.strip;

/** Body of {@code POST /api/projects/{projectId}/publications}. */
@Schema(description = "A publication: an issue of a series, or a book")
record RecordPublicationRequest(
        @Schema(example = "Biuletyn PPP") @NotBlank @Size(max = TITLE) String series,
        @Schema(example = "11", description = "at least 1 (422 INVALID_ISSUE_NUMBER otherwise); absent for a one-off")
        Integer issueNumber,
        @Schema(example = "Sto lat Związku Miast Polskich 1917-2018")
        @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE) @Size(max = TITLE) String title,
        @Schema(example = "2018-11-30") LocalDate publishedOn,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RecordPublication toCommand(ProjectId projectId) {
        return new RecordPublication(projectId, series.strip(), issueNumber, strip(title), publishedOn, OccurredOn.parse(occurredOn));
    }
}
