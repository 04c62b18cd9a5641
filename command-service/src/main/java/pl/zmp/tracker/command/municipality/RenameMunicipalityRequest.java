package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.values.MunicipalityId;

/** Body of {@code POST /api/municipalities/{municipalityId}/name}. */
@Schema(description = "The name coordinators use for the municipality")
record RenameMunicipalityRequest(
        @Schema(example = "Gorzów Wielkopolski") @NotBlank @Size(max = RegisterMunicipalityRequest.NAME_MAX)
        String name,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RenameMunicipality toCommand(MunicipalityId municipalityId) {
        return new RenameMunicipality(municipalityId, name.strip(), OccurredOn.parse(occurredOn));
    }
}
