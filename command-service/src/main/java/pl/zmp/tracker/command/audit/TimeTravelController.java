package pl.zmp.tracker.command.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.platform.web.FieldProblem;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.platform.web.ProblemResponses;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Time travel for auditors: an aggregate as it stood at a moment or at a version of its history. */
@RestController
@RequestMapping("/api/audit/aggregates")
@Tag(name = "Audit")
class TimeTravelController {

    private final AggregateTimeTravel timeTravel;

    TimeTravelController(AggregateTimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @Operation(summary = "The aggregate's state as of a moment or a version, rebuilt from its events",
            description = "Give exactly one of asOf and version. 404 when the aggregate has no events up to then.")
    @GetMapping("/{aggregateType}/{aggregateId}/state")
    AggregateStateAt state(
            @Parameter(description = "municipality, organisation, project, recruitment or exhibition")
            @PathVariable String aggregateType,
            @PathVariable String aggregateId,
            @Parameter(description = "an ISO-8601 moment with its offset, e.g. 2018-09-01T00:00:00Z")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "a sequence number: the state after events 0 to version")
            @RequestParam(required = false) Long version) {
        if (!AggregateTimeTravel.aggregateTypes().contains(aggregateType)) {
            throw new InvalidFieldException("aggregateType",
                    "must be one of " + String.join(", ", AggregateTimeTravel.aggregateTypes()));
        }
        if ((asOf == null) == (version == null)) {
            String reason = asOf == null ? "give asOf or version" : "give asOf or version, not both";
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(
                    List.of(new FieldProblem("asOf", reason), new FieldProblem("version", reason))), null);
        }
        Optional<AggregateStateAt> state;
        String missing;
        if (asOf != null) {
            Instant moment = parseInstant(asOf);
            state = timeTravel.asOf(aggregateType, aggregateId, moment);
            missing = "no events of " + aggregateType + " " + aggregateId + " were recorded by " + moment;
        } else {
            if (version < 0) {
                throw new InvalidFieldException("version", "must be 0 or more");
            }
            state = timeTravel.atVersion(aggregateType, aggregateId, version);
            missing = aggregateType + " " + aggregateId + " has no version " + version;
        }
        return state.orElseThrow(() -> notFound(missing));
    }

    private static Instant parseInstant(String asOf) {
        try {
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("asOf", "not an ISO-8601 moment with an offset: " + asOf);
        }
    }

    private static ErrorResponseException notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        problem.setProperty("code", "NOT_FOUND");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
