package pl.zmp.tracker.query.municipality;

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
@RequestMapping("/api/municipalities")
@Tag(name = "Municipalities", description = "Places that take part in projects")
class MunicipalityQueryController {

    private final MunicipalityViewRepository views;

    MunicipalityQueryController(MunicipalityViewRepository views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "All registered municipalities, by name")
    List<MunicipalityView> all() {
        return views.findAll(Sort.by("name", "id"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One municipality", description = "404 until its registration is projected")
    MunicipalityView one(@PathVariable String id) {
        return views.findById(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no municipality with id " + id));
    }
}
