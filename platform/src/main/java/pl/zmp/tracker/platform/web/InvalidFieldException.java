package pl.zmp.tracker.platform.web;

/** A request field that passed its own checks but contradicts another: answered as 400. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
