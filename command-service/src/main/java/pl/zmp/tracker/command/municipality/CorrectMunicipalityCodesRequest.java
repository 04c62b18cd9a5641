package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.CountryFormat;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.LocalCodeFormat;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.Location;
import pl.zmp.tracker.command.municipality.PlaceCodeChecks.TercCodeFormat;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

/** Body of {@code POST /api/municipalities/{municipalityId}/codes}: the same codes as at registration. */
@Schema(description = "A Polish place's TERC code, or a foreign place's country and local code")
record CorrectMunicipalityCodesRequest(
        @Schema(example = "1427011", description = "TERYT TERC code: 2, 4 or 7 digits")
        @TercCodeFormat String tercCode,
        @Schema(example = "UA", description = "ISO 3166-1 alpha-2; required for a foreign place")
        @CountryFormat String country,
        @Schema(example = "UA18040190000052049", description = "the place's own code in its country (Ukraine: KATOTTH)")
        @LocalCodeFormat String localCode,
        @Schema(description = "optional for Polish places (taken from the register); must agree with it when given")
        MunicipalityKind kind,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    CorrectMunicipalityCodes toCommand(MunicipalityId municipalityId) {
        Location location = PlaceCodeChecks.resolve(tercCode, country);
        return new CorrectMunicipalityCodes(municipalityId, kind, location.country(), location.tercCode(),
                PlaceCodeChecks.localCode(localCode), OccurredOn.parse(occurredOn));
    }
}
