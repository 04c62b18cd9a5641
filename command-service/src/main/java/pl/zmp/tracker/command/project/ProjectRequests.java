package pl.zmp.tracker.command.project;

import pl.zmp.tracker.platform.web.InvalidFieldException;

import java.util.regex.Pattern;

/** What the project's request bodies share: formats of ids and codes, and how text is tidied. */
final class ProjectRequests {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String UUID_MESSAGE = "must be a UUID";
    static final String CODE = "[a-z0-9][a-z0-9-]{0,59}";
    static final String CODE_MESSAGE = "must be 1 to 60 lower-case letters, digits or '-', starting with a letter or digit";
    /** Optional text, when given, must say something. */
    // the same in Java and ECMA 262 (the OpenAPI document): something other than white space, across lines
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    static final String NOT_BLANK_MESSAGE = "must not be blank";

    static final int TITLE = 300;
    static final int DESCRIPTION = 5000;
    static final int NOTE = 1000;
    static final int UNIT = 50;

    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

    private ProjectRequests() {
    }

    /** The text without surrounding white space; null stays null. */
    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** A code taken from the path, where Bean Validation does not reach. */
    static String requireCode(String field, String code) {
        if (code == null || !CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidFieldException(field, CODE_MESSAGE);
        }
        return code;
    }
}
