package pl.zmp.tracker.command.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.command.businesstime.OccurredOn;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

/** Body of {@code POST /api/organisations}. */
@Schema(description = "A partner organisation; KRS and REGON are Polish registry numbers, where known")
record RegisterOrganisationRequest(
        @Schema(description = "optional client-chosen id (UUID); generated when absent")
        @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                message = "must be a UUID")
        String id,
        @Schema(example = "Związek Powiatów Polskich") @NotBlank @Size(max = 300) String name,
        @Schema(example = "ZPP", description = "optional abbreviation")
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") @Size(max = 50) String shortName,
        @Schema(example = "ASSOCIATION") @NotNull OrganisationKind kind,
        @Schema(example = "PL", description = "ISO 3166-1 alpha-2")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Schema(example = "0000123456", description = "National Court Register number: 10 digits")
        @Pattern(regexp = PolishRegistryNumbers.KRS_FORMAT, message = "must be a KRS number of 10 digits") String krs,
        @Schema(example = "000331501", description = "REGON: 9 or 14 digits, the last one a check digit")
        @Pattern(regexp = PolishRegistryNumbers.REGON_FORMAT, message = "must be a REGON of 9 or 14 digits")
        String regon,
        @Schema(example = "2018-06-01", description = OccurredOn.DESCRIPTION) String occurredOn) {

    RegisterOrganisation toCommand() {
        OrganisationId organisationId = id == null ? OrganisationId.newId() : new OrganisationId(id.toLowerCase());
        if (!CountryCode.isValid(country)) {
            throw new InvalidFieldException("country", "not an ISO 3166-1 alpha-2 code: " + country);
        }
        return new RegisterOrganisation(organisationId, name.strip(), shortName == null ? null : shortName.strip(),
                kind, new CountryCode(country), krs, regon, OccurredOn.parse(occurredOn));
    }
}
