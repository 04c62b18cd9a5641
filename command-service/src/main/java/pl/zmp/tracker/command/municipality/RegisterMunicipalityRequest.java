package pl.zmp.tracker.command.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

/** Body of {@code POST /api/municipalities}. */
@Schema(description = "A Polish place by its TERC code, or a foreign one by its country")
public record RegisterMunicipalityRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a UUID")
        String id,
        @Schema(example = "Warszawa") @NotBlank @Size(max = 200) String name,
        @Schema(description = "optional for Polish places (taken from the register); must agree with it when given")
        MunicipalityKind kind,
        @Schema(example = "1465011", description = "TERYT TERC code: 2, 4 or 7 digits")
        @Pattern(regexp = TercCode.FORMAT, message = "must be a TERYT TERC code of 2, 4 or 7 digits")
        String tercCode,
        @Schema(example = "UA", description = "ISO 3166-1 alpha-2; required for a foreign place")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Schema(example = "UA18040190000052049", description = "the place's own code in its country (Ukraine: KATOTTH)")
        @Size(max = 40) String localCode) {

    RegisterMunicipality toCommand() {
        MunicipalityId municipalityId = id == null ? MunicipalityId.newId() : new MunicipalityId(id.toLowerCase());
        if (tercCode != null) {
            if (country != null && !CountryCode.POLAND.value().equals(country)) {
                throw new InvalidFieldException("country", "a place with a TERC code is in Poland (PL)");
            }
            return new RegisterMunicipality(municipalityId, name.strip(), kind, CountryCode.POLAND,
                    new TercCode(tercCode), localCode);
        }
        if (country == null) {
            throw new InvalidFieldException("tercCode", "required for a Polish place; a foreign place gives its country");
        }
        if (!CountryCode.isValid(country)) {
            throw new InvalidFieldException("country", "not an ISO 3166-1 alpha-2 code: " + country);
        }
        if (CountryCode.POLAND.value().equals(country)) {
            throw new InvalidFieldException("tercCode", "required for a Polish place");
        }
        return new RegisterMunicipality(municipalityId, name.strip(), kind, new CountryCode(country), null, localCode);
    }
}
