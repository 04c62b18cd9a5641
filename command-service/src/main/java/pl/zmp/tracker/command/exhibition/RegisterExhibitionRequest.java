package pl.zmp.tracker.command.exhibition;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.ProjectId;

/** Body of {@code POST /api/exhibitions}. */
@Schema(description = "An exhibition of a project")
record RegisterExhibitionRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = RegisterExhibitionRequest.UUID, message = "must be a UUID") String id,
        @Schema(example = "3f2b8c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e")
        @NotNull @Pattern(regexp = RegisterExhibitionRequest.UUID, message = "must be a UUID") String projectId,
        @Schema(example = "Wypędzeni 1939... Deportacje obywateli polskich z ziem wcielonych do III Rzeszy")
        @NotBlank @Size(max = 300) String title,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    RegisterExhibition toCommand() {
        ExhibitionId exhibitionId = id == null ? ExhibitionId.newId() : new ExhibitionId(id);
        return new RegisterExhibition(exhibitionId, new ProjectId(projectId), title.strip(), OccurredOn.parse(occurredOn));
    }
}
