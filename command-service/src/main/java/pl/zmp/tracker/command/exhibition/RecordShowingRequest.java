package pl.zmp.tracker.command.exhibition;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.ExhibitionId;

import java.util.List;

/** Body of {@code POST /api/exhibitions/{exhibitionId}/showings}. */
@Schema(description = "A showing of the exhibition at a venue")
record RecordShowingRequest(
        @Schema(example = "szczecin-2018", description = "unique within the exhibition: lower-case letters, digits, hyphens")
        @NotNull @Pattern(regexp = RecordShowingRequest.CODE,
                message = "must be 1 to 60 lower-case letters, digits or hyphens, starting with a letter or digit")
        String showingCode,
        @Schema(example = "Muzeum Narodowe w Szczecinie") @NotBlank @Size(max = 200) String venueName,
        @Schema(example = "Szczecin") @NotBlank @Size(max = 200) String city,
        @Schema(example = "PL", description = "ISO 3166-1 alpha-2")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @NotNull @Valid PeriodRequest period,
        @ArraySchema(arraySchema = @Schema(description = "optional: what accompanied the showing"),
                schema = @Schema(example = "pokazy filmowe"))
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> sideProgramme,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    static final String CODE = "[a-z0-9][a-z0-9-]{0,59}";

    RecordShowing toCommand(ExhibitionId exhibitionId) {
        if (!CountryCode.isValid(country)) {
            throw new InvalidFieldException("country", "not an ISO 3166-1 alpha-2 code: " + country);
        }
        List<String> programme = sideProgramme == null ? List.of() : sideProgramme.stream().map(String::strip).toList();
        return new RecordShowing(exhibitionId, showingCode, venueName.strip(), city.strip(), new CountryCode(country),
                period.toDateRange("period"), programme, OccurredOn.parse(occurredOn));
    }
}
