package pl.zmp.tracker.query.terc;

import io.swagger.v3.oas.annotations.media.Schema;
import pl.zmp.tracker.values.MunicipalityKind;

/** A unit of the TERC register found by name, with the county and voivodeship it lies in. */
@Schema(description = "A unit of the official TERYT TERC register")
public record TercMatch(
        @Schema(example = "1465011") String code,
        @Schema(example = "Warszawa") String officialName,
        @Schema(example = "CITY") MunicipalityKind kind,
        @Schema(example = "gmina miejska, miasto stołeczne", description = "the register's own label") String registerKind,
        @Schema(example = "Warszawa", nullable = true, description = "null for a voivodeship") String county,
        @Schema(example = "MAZOWIECKIE") String voivodeship) {
}
