package pl.zmp.tracker.query.rebuild;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** No read model of that name: 404, listing the ones there are. */
class UnknownReadModelException extends ErrorResponseException {

    UnknownReadModelException(String model, List<String> models) {
        super(HttpStatus.NOT_FOUND, problem(model, models), null);
    }

    private static ProblemDetail problem(String model, List<String> models) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no read model named " + model + "; the read models are " + String.join(", ", models));
        problem.setTitle("Unknown read model");
        problem.setProperty("code", "UNKNOWN_READ_MODEL");
        return problem;
    }
}
