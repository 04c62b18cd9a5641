package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A slice of the audit log. Paged by number it carries {@code page}, {@code totalItems} and
 * {@code totalPages}; read after a position (keyset) it carries only what follows.
 * {@code nextAfterPosition} is present while more matching events follow: pass it as
 * {@code afterPosition} to read on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditLogPage(List<AuditEvent> items, Integer page, int size, Long totalItems, Long totalPages,
                           Long afterPosition, Long nextAfterPosition) {
}
