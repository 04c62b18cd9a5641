package pl.zmp.tracker.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refused request is answered as RFC 9457 problem+json; a bad field is named in
 * {@code errors[].field} with its reason.
 */
@AutoConfiguration
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    public static final String ERRORS = "errors";

    /** A 400 problem naming the fields at fault. */
    public static ProblemDetail invalidRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid request");
        problem.setDetail(problems.stream()
                .map(p -> p.field() == null ? p.reason() : p.field() + ": " + p.reason())
                .collect(Collectors.joining("; ")));
        problem.setProperty(ERRORS, problems);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> problems.add(new FieldProblem(null, e.getDefaultMessage())));
        return badRequest(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // a validated request body: name its fields, not the parameter
                body.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
                body.getGlobalErrors().forEach(e -> problems.add(new FieldProblem(null, e.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                result.getResolvableErrors()
                        .forEach(e -> problems.add(new FieldProblem(name, e.getDefaultMessage())));
            }
        }
        return badRequest(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return badRequest(List.of(describe(ex.getCause())));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return badRequest(List.of(new FieldProblem(field, "invalid value '" + ex.getValue() + "'")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return badRequest(List.of(new FieldProblem(ex.getParameterName(), "is required")));
    }

    @ExceptionHandler(InvalidFieldException.class)
    public ResponseEntity<Object> handleInvalidField(InvalidFieldException ex) {
        return badRequest(List.of(new FieldProblem(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return badRequest(problems);
    }

    /** A failure nobody foresaw: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        if (ex instanceof org.springframework.web.ErrorResponse) {
            return handleException(ex, request);
        }
        logger.error("Unexpected failure", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed unexpectedly; it has been logged");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ResponseEntity<Object> badRequest(List<FieldProblem> problems) {
        return ResponseEntity.badRequest().body(invalidRequest(problems));
    }

    /** Turns a Jackson failure into the field it concerns and a reason a client can act on. */
    private static FieldProblem describe(Throwable cause) {
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            if (cause instanceof PropertyBindingException) {
                return new FieldProblem(field, "unknown field");
            }
            if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
                // a text refused by the service's string rules: its reason, not the (possibly invisible) text
                String message = invalid.getOriginalMessage();
                return new FieldProblem(field, "invalid text: " + message.substring(message.lastIndexOf(": ") + 2));
            }
            if (cause instanceof InvalidFormatException invalid) {
                return new FieldProblem(field, "invalid value '" + invalid.getValue() + "'");
            }
            if (cause instanceof ValueInstantiationException && cause.getCause() != null) {
                return new FieldProblem(field, cause.getCause().getMessage());
            }
            return new FieldProblem(field, "invalid value: " + mapping.getOriginalMessage());
        }
        if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return new FieldProblem(null, instantiation.getCause().getMessage());
        }
        if (cause instanceof MismatchedInputException trailing && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return new FieldProblem(null, "malformed JSON: the body must be one JSON document, with nothing after it");
        }
        if (cause instanceof JsonProcessingException json) {
            return new FieldProblem(null, "malformed JSON: " + json.getOriginalMessage());
        }
        return new FieldProblem(null, "the request body is missing or unreadable");
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
