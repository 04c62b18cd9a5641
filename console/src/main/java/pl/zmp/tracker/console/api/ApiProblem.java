package pl.zmp.tracker.console.api;

import java.util.List;

/**
 * A refusal from one of the APIs (RFC 9457 problem+json), reduced to what a page shows.
 *
 * @param status HTTP status
 * @param code   the API's machine-readable code ({@code ILLEGAL_STATUS_TRANSITION}, {@code STALE_VERSION}…), or
 *               null when the answer had none (a 400 names fields instead)
 * @param detail the API's own sentence, in English
 * @param fields the fields the API named, with its reasons
 */
public record ApiProblem(int status, String code, String detail, List<FieldReason> fields) {

    public record FieldReason(String field, String reason) {
    }

    public boolean staleVersion() {
        return status == 409 && ("STALE_VERSION".equals(code) || "CONCURRENT_MODIFICATION".equals(code));
    }
}
