package pl.zmp.tracker.query.terc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.platform.web.InvalidFieldException;

import java.util.List;

@RestController
@RequestMapping("/api/terc")
@Tag(name = "TERC register", description = "The official register of Polish territorial units (GUS, 2024-01-01)")
class TercLookupController {

    private static final int MAX_SIZE = 50;

    private final TercLookup lookup;

    TercLookupController(TercLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping
    @Operation(summary = "Find units of the TERC register by name, best match first",
            description = "Case, diacritics, hyphens and spaces do not matter: \"sołec zdrój\" finds Solec-Zdrój "
                    + "(2601052), \"warszawa\" the city 1465011 first. Each result names its county and voivodeship. "
                    + "400 naming q or size when q is blank or size is outside 1-50.")
    List<TercMatch> find(@Parameter(description = "the name or its beginning", example = "sołec zdrój")
                         @RequestParam String q,
                         @Parameter(description = "how many results, 1-50") @RequestParam(defaultValue = "10") int size) {
        if (q.isBlank() || q.length() > 100) {
            throw new InvalidFieldException("q", "type 1 to 100 characters of a name");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        return lookup.find(q, size);
    }
}
