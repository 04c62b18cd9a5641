package pl.zmp.tracker.command.infra;

/**
 * A command refused by a rule of the domain. Nothing is written. The code is stable and
 * machine-readable; the message explains it to a person.
 */
public class CommandRejectedException extends RuntimeException {

    /** Conflicts with existing state answer 409; breaking a rule of the domain answers 422. */
    public enum Kind { CONFLICT, RULE_VIOLATION }

    private final String code;
    private final Kind kind;

    private CommandRejectedException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static CommandRejectedException conflict(String code, String message) {
        return new CommandRejectedException(Kind.CONFLICT, code, message);
    }

    public static CommandRejectedException ruleViolation(String code, String message) {
        return new CommandRejectedException(Kind.RULE_VIOLATION, code, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
