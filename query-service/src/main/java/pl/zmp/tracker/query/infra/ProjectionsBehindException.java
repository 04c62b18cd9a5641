package pl.zmp.tracker.query.infra;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The projections have not reached the position a client asked to read: 503, try again shortly. */
public class ProjectionsBehindException extends ErrorResponseException {

    public ProjectionsBehindException(long requested, long reached) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(requested, reached), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }

    private static ProblemDetail problem(long requested, long reached) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read models have reached position " + reached + ", not yet " + requested + "; retry shortly");
        problem.setTitle("Read models catching up");
        problem.setProperty("code", "PROJECTIONS_BEHIND");
        problem.setProperty("requestedPosition", requested);
        problem.setProperty("reachedPosition", reached);
        return problem;
    }
}
