package pl.zmp.tracker.query.exhibition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.query.web.Listing;
import pl.zmp.tracker.query.web.PageOf;
import pl.zmp.tracker.query.web.PolishOrder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/exhibitions")
@Tag(name = "Exhibitions", description = "Exhibitions and their calendar of showings")
@Validated
class ExhibitionQueryController {

    private final ExhibitionViewRepository exhibitions;

    ExhibitionQueryController(ExhibitionViewRepository exhibitions) {
        this.exhibitions = exhibitions;
    }

    @GetMapping
    @Operation(summary = "Exhibitions with their showings: search, sort, page",
            description = "q looks in the title and in the showings' venues and cities.")
    PageOf<ExhibitionView> all(
            @Parameter(description = Listing.Q_DESCRIPTION, example = "wystawa")
            @RequestParam(required = false) @Size(min = 1, max = Listing.MAX_QUERY) String q,
            @Parameter(description = Listing.SORT_DESCRIPTION)
            @RequestParam(defaultValue = "title") @Pattern(regexp = "title", message = "must be title") String sort,
            @RequestParam(defaultValue = "asc") @Pattern(regexp = Listing.DIRECTION, message = Listing.DIRECTION_MESSAGE) String direction,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Listing.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Listing.MAX_SIZE) int size) {
        List<ExhibitionView> matching = exhibitions.findAll().stream()
                .filter(exhibition -> q == null || PolishOrder.matches(q, exhibition.getTitle())
                        || exhibition.getShowings().stream().anyMatch(showing ->
                        PolishOrder.matches(q, showing.venueName(), showing.city())))
                .toList();
        return PageOf.sorted(matching, Listing.order(PolishOrder.by(ExhibitionView::getTitle), direction,
                ExhibitionView::getId), page, size);
    }

    @GetMapping("/{exhibitionId}")
    @Operation(summary = "One exhibition", description = "404 until projected")
    ExhibitionView one(@PathVariable String exhibitionId) {
        return exhibitions.findById(exhibitionId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no exhibition with id " + exhibitionId));
    }

    @GetMapping("/calendar")
    @Operation(summary = "The exhibition calendar: showings by date",
            description = "Showings overlapping [from, to] (inclusive), optionally at one venue or in one country")
    List<CalendarEntry> calendar(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "part of the venue's name, any case")
            @RequestParam(required = false) @Size(max = 200) String venue,
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
            String country,
            @RequestParam(defaultValue = "false") boolean includeCancelled) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        String venuePart = venue == null ? null : venue.strip().toLowerCase(Locale.ROOT);
        return exhibitions.findAll().stream()
                .flatMap(exhibition -> exhibition.getShowings().stream()
                        .filter(showing -> includeCancelled || !showing.cancelled())
                        .filter(showing -> from == null || !showing.to().isBefore(from))
                        .filter(showing -> to == null || !showing.from().isAfter(to))
                        .filter(showing -> venuePart == null
                                || showing.venueName().toLowerCase(Locale.ROOT).contains(venuePart))
                        .filter(showing -> country == null || country.equals(showing.country()))
                        .map(showing -> CalendarEntry.of(exhibition, showing)))
                .sorted(Comparator.comparing(CalendarEntry::from).thenComparing(CalendarEntry::venueName))
                .toList();
    }
}
