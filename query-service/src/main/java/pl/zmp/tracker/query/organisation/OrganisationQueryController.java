package pl.zmp.tracker.query.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Partner organisations")
class OrganisationQueryController {

    private final OrganisationViewRepository organisations;

    OrganisationQueryController(OrganisationViewRepository organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "All partner organisations, by name")
    List<OrganisationView> all() {
        return organisations.findAll(Sort.by("name", "id"));
    }

    @GetMapping("/{organisationId}")
    @Operation(summary = "One organisation", description = "404 until projected")
    OrganisationView one(@PathVariable String organisationId) {
        return organisations.findById(organisationId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation with id " + organisationId));
    }
}
