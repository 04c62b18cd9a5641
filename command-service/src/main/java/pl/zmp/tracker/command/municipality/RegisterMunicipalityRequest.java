package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.CountryFormat;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.LocalCodeFormat;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.Location;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.TercCodeFormat;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

/** Body of {@code POST /api/municipalities}. */
@Schema(description = "A Polish place by its TERC code, or a foreign one by its country")
record RegisterMunicipalityRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a UUID")
        String id,
        @Schema(example = "Warszawa") @NotBlank @Size(max = NAME_MAX) String name,
        @Schema(description = "optional for Polish places (taken from the register); must agree with it when given")
        MunicipalityKind kind,
        @Schema(example = "1465011", description = "TERYT TERC code: 2, 4 or 7 digits")
        @TercCodeFormat String tercCode,
        @Schema(example = "UA", description = "ISO 3166-1 alpha-2; required for a foreign place")
        @CountryFormat String country,
        @Schema(example = "UA18040190000052049", description = "the place's own code in its country (Ukraine: KATOTTH)")
        @LocalCodeFormat String localCode,
        @Schema(description = "true when the name deliberately differs from the register's official name for the "
                + "code (a local spelling); otherwise such a name is refused with 422 NAME_CONTRADICTS_REGISTER")
        Boolean nameIsLocalSpelling,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    /** The longest name a coordinator may give a municipality. */
    static final int NAME_MAX = 200;

    RegisterMunicipality toCommand() {
        MunicipalityId municipalityId = id == null ? MunicipalityId.newId() : new MunicipalityId(id.toLowerCase());
        Location location = PlaceCodeChecks.resolve(tercCode, country);
        return new RegisterMunicipality(municipalityId, name.strip(), kind, location.country(), location.tercCode(),
                PlaceCodeChecks.localCode(localCode), Boolean.TRUE.equals(nameIsLocalSpelling), OccurredOn.parse(occurredOn));
    }
}
