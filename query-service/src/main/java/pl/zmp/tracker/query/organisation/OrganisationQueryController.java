package pl.zmp.tracker.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.query.web.Listing;
import pl.zmp.tracker.query.web.PageOf;
import pl.zmp.tracker.query.web.PolishOrder;

import java.util.Comparator;
import java.util.List;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Partner organisations")
@Validated
class OrganisationQueryController {

    private final OrganisationViewRepository organisations;

    OrganisationQueryController(OrganisationViewRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Partner organisations: search, sort, page",
            description = "q looks in the name, the short name, the KRS and the REGON number.")
    PageOf<OrganisationView> all(
            @Parameter(description = Listing.Q_DESCRIPTION, example = "związek")
            @RequestParam(required = false) @Size(min = 1, max = Listing.MAX_QUERY) String q,
            @Parameter(description = Listing.SORT_DESCRIPTION)
            @RequestParam(defaultValue = "name")
            @Pattern(regexp = "name|shortName|country", message = "must be one of name, shortName, country") String sort,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = Listing.DIRECTION, message = Listing.DIRECTION_MESSAGE) String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Listing.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Listing.MAX_SIZE) int size) {
        List<OrganisationView> matching = organisations.findAll().stream()
                .filter(organisation -> q == null || PolishOrder.matches(q, organisation.name(),
                        organisation.shortName(), organisation.krs(), organisation.regon()))
                .toList();
        Comparator<OrganisationView> bySortField = switch (sort) {
            case "shortName" -> PolishOrder.by(OrganisationView::shortName);
            case "country" -> Comparator.comparing(OrganisationView::country, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> PolishOrder.by(OrganisationView::name);
        };
        return PageOf.sorted(matching, Listing.order(bySortField, direction, OrganisationView::id), page, size);
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "One organisation", description = "404 until projected")
    OrganisationView one(@PathVariable String organisationId) {
        return organisations.findById(organisationId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation with id " + organisationId));
    }
}
