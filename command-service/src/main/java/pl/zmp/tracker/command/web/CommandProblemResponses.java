package pl.zmp.tracker.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import pl.zmp.tracker.command.axon.AggregateBusyException;
import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.command.axon.OutcomeUnknownException;
import pl.zmp.tracker.command.axon.StoreUnavailableException;
import pl.zmp.tracker.platform.web.FieldProblem;
import pl.zmp.tracker.platform.web.ProblemResponses;

import java.util.List;

/** Refused commands as problem+json, with a machine-readable {@code code}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(CommandProblemResponses.class);

    static final String CODE = "code";
    static final int RETRY_AFTER_SECONDS = 2;

    /** An ordinary refusal: one line at INFO, no stack. */
    @ExceptionHandler(CommandRejectedException.class)
    ProblemDetail rejected(CommandRejectedException e, HttpServletRequest request) {
        HttpStatus status = e.kind() == CommandRejectedException.Kind.CONFLICT
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        log.info("Refused {} {}: {} {}: {}", request.getMethod(), request.getRequestURI(), status.value(), e.code(),
                e.getMessage());
        ProblemDetail problem = problem(status, "Command rejected", e.code(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty(ProblemResponses.ERRORS, List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return problem(HttpStatus.CONFLICT, "Stale version", "STALE_VERSION",
                "the aggregate has changed since version " + e.getExpectedVersion()
                        + "; it is now at version " + e.getActualVersion());
    }

    /** Events were added since the version the client expected (found when the command commits). */
    @ExceptionHandler(ConflictingModificationException.class)
    ProblemDetail modifiedSinceExpected(ConflictingModificationException e) {
        return problem(HttpStatus.CONFLICT, "Stale version", "STALE_VERSION",
                "the aggregate has changed since the version in If-Match; reload it and retry");
    }

    /** Another command changed the same aggregate at the same moment, or created it first. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentModification(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent modification", "CONCURRENT_MODIFICATION",
                "another command changed or created this aggregate at the same time; reload and retry");
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "Already exists", "ALREADY_EXISTS",
                "something is already registered with this id");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "NOT_FOUND",
                "no such aggregate: " + e.getAggregateIdentifier());
    }

    /**
     * The database is unreachable or the failure is passing: nothing was stored, and the client should
     * send the command again after {@link #RETRY_AFTER_SECONDS}.
     */
    @ExceptionHandler({StoreUnavailableException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(Exception e) {
        return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable", "STORE_UNAVAILABLE",
                "the event store cannot be reached at the moment; nothing was stored; retry later"));
    }

    /** The command waited too long for its aggregate's turn: it was never sent. */
    @ExceptionHandler(AggregateBusyException.class)
    ResponseEntity<ProblemDetail> aggregateBusy(AggregateBusyException e) {
        return unavailable(problem(HttpStatus.SERVICE_UNAVAILABLE, "Aggregate busy", "AGGREGATE_BUSY", e.getMessage()));
    }

    /**
     * The one 5xx that does not say "nothing was stored": the commit broke off and the store stayed out
     * of reach. The client learns the outcome by retrying with the same Idempotency-Key.
     */
    @ExceptionHandler(OutcomeUnknownException.class)
    ResponseEntity<ProblemDetail> outcomeUnknown(OutcomeUnknownException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Outcome unknown", "OUTCOME_UNKNOWN",
                e.getMessage());
        problem.setProperty("aggregateId", e.aggregateId());
        problem.setProperty("eventId", e.eventIdentifier());
        return unavailable(problem);
    }

    private static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty(CODE, code);
        return problem;
    }
}
