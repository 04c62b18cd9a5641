package pl.zmp.tracker.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rebuild of the model is already running: 409. */
class RebuildRefusedException extends ErrorResponseException {

    RebuildRefusedException(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Rebuild already running");
        problem.setProperty("code", "REBUILD_RUNNING");
        return problem;
    }
}
