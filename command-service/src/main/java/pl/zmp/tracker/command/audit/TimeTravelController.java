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
import pl.zmp.tracker.values.TimePoint;

import java.time.Instant;
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

    @Operation(summary = "The aggregate's state as of a date (business time), as known at a moment (recording "
            + "time), or at a version, rebuilt from its events",
            description = "asOf: the facts that had happened by then; knownAt: the events recorded by then; both "
                    + "together: what the system believed at knownAt about asOf. version excludes both. "
                    + "404 when the aggregate had not started by then.")
    @GetMapping("/{aggregateType}/{aggregateId}/state")
    AggregateStateAt state(
            @Parameter(description = "municipality, organisation, project, recruitment or exhibition")
            @PathVariable String aggregateType,
            @PathVariable String aggregateId,
            @Parameter(description = "business time: " + TimePoint.FORMAT + "; a date means the end of that day")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "recording time: " + TimePoint.FORMAT)
            @RequestParam(required = false) String knownAt,
            @Parameter(description = "a sequence number: the state after events 0 to version")
            @RequestParam(required = false) Long version) {
        if (!AggregateTimeTravel.aggregateTypes().contains(aggregateType)) {
            throw new InvalidFieldException("aggregateType",
                    "must be one of " + String.join(", ", AggregateTimeTravel.aggregateTypes()));
        }
        boolean byTime = asOf != null || knownAt != null;
        if (byTime == (version != null)) {
            String reason = byTime ? "give asOf and/or knownAt, or version, not both" : "give asOf, knownAt or version";
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidRequest(
                    List.of(new FieldProblem("asOf", reason), new FieldProblem("version", reason))), null);
        }
        Optional<AggregateStateAt> state;
        String missing;
        if (byTime) {
            Instant happenedBy = parse("asOf", asOf);
            Instant recordedBy = parse("knownAt", knownAt);
            state = timeTravel.asOf(aggregateType, aggregateId, happenedBy, recordedBy);
            missing = aggregateType + " " + aggregateId + " had not started"
                    + (happenedBy == null ? "" : " by " + happenedBy)
                    + (recordedBy == null ? "" : " as recorded by " + recordedBy);
        } else {
            if (version < 0) {
                throw new InvalidFieldException("version", "must be 0 or more");
            }
            state = timeTravel.atVersion(aggregateType, aggregateId, version);
            missing = aggregateType + " " + aggregateId + " has no version " + version;
        }
        return state.orElseThrow(() -> notFound(missing));
    }

    private static Instant parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return TimePoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }

    private static ErrorResponseException notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        problem.setProperty("code", "NOT_FOUND");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
