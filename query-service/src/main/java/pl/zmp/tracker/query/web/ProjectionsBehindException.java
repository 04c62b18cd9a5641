package pl.zmp.tracker.query.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The projections have not reached the position a client asked to read: 503, try again shortly. */
public class ProjectionsBehindException extends ErrorResponseException {

    public ProjectionsBehindException(long requested, long reached) {
        this(requested, reached, "the read models have reached position " + reached + ", not yet " + requested
                + "; retry shortly");
    }

    private ProjectionsBehindException(long requested, long reached, String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(requested, reached, detail), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }

    /** As many readers as this instance lets wait are waiting already: refused at once, not queued. */
    public static ProjectionsBehindException tooManyWaiting(long requested, long reached) {
        return new ProjectionsBehindException(requested, reached, "the read models have reached position " + reached
                + ", not yet " + requested + ", and too many requests are waiting for them here; retry shortly");
    }

    private static ProblemDetail problem(long requested, long reached, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Read models catching up");
        problem.setProperty("code", "PROJECTIONS_BEHIND");
        problem.setProperty("requestedPosition", requested);
        problem.setProperty("reachedPosition", reached);
        return problem;
    }
}
