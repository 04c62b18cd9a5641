package pl.zmp.tracker.query.municipality;

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
@RequestMapping("/api/municipalities")
@Tag(name = "Municipalities", description = "Places that take part in projects")
@Validated
class MunicipalityQueryController {

    private final MunicipalityViewRepository views;

    MunicipalityQueryController(MunicipalityViewRepository views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Municipalities: search, sort, page",
            description = "q looks in the name, the register's official name and the TERC code.")
    PageOf<MunicipalityView> all(
            @Parameter(description = Listing.Q_DESCRIPTION, example = "łódź")
            @RequestParam(required = false) @Size(min = 1, max = Listing.MAX_QUERY) String q,
            @Parameter(description = Listing.SORT_DESCRIPTION)
            @RequestParam(defaultValue = "name")
            @Pattern(regexp = "name|tercCode|country", message = "must be one of name, tercCode, country") String sort,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = Listing.DIRECTION, message = Listing.DIRECTION_MESSAGE) String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Listing.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Listing.MAX_SIZE) int size) {
        List<MunicipalityView> matching = views.findAll().stream()
                .filter(place -> q == null || PolishOrder.matches(q, place.name(), place.officialName(), place.tercCode()))
                .toList();
        Comparator<MunicipalityView> bySortField = switch (sort) {
            case "tercCode" -> Comparator.comparing(MunicipalityView::tercCode, Comparator.nullsLast(Comparator.naturalOrder()));
            case "country" -> Comparator.comparing(MunicipalityView::country, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> PolishOrder.by(MunicipalityView::name);
        };
        return PageOf.sorted(matching, Listing.order(bySortField, direction, MunicipalityView::id), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One municipality", description = "404 until its registration is projected")
    MunicipalityView one(@PathVariable String id) {
        return views.findById(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no municipality with id " + id));
    }
}
