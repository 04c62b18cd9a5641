package pl.zmp.tracker.command.axon;

/**
 * A command refused by a rule of the domain. Nothing is written. The code is stable and
 * machine-readable; the message explains it to a person.
 */
public class CommandRejectedException extends RuntimeException {

    /** Conflicts with existing state answer 409; breaking a rule of the domain answers 422. */
    public enum Kind { CONFLICT, RULE_VIOLATION }

    private final String code;
    private final Kind kind;
    private final String field;

    private CommandRejectedException(Kind kind, String code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public static CommandRejectedException conflict(String code, String message) {
        return new CommandRejectedException(Kind.CONFLICT, code, null, message);
    }

    public static CommandRejectedException ruleViolation(String code, String message) {
        return new CommandRejectedException(Kind.RULE_VIOLATION, code, null, message);
    }

    /** A rule broken by one field of the command (answered with that field named, like a bad request's). */
    public static CommandRejectedException ruleViolation(String code, String field, String message) {
        return new CommandRejectedException(Kind.RULE_VIOLATION, code, field, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The field of the command at fault; null when the refusal concerns the command as a whole. */
    public String field() {
        return field;
    }
}
