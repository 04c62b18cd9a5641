package pl.zmp.tracker.command.axon;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Values that must be unique across aggregates (a TERC code, a project's recruitment round).
 * Claims are written in the command's transaction: a rejected command leaves no claim behind.
 */
@Component
public class UniqueClaims {

    private final JdbcTemplate jdbc;

    public UniqueClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the value within its scope for the owner; false if another owner holds it. A new value (the
     * usual case) costs one insert; the holder is read only when the value is taken.
     */
    public boolean claim(String scope, String value, String ownerId) {
        int inserted = jdbc.update("insert into unique_claim (scope, claim, owner_id) values (?, ?, ?)"
                + " on conflict do nothing", scope, value, ownerId);
        if (inserted == 1) {
            return true;
        }
        List<String> holders = jdbc.queryForList(
                "select owner_id from unique_claim where scope = ? and claim = ?", String.class, scope, value);
        return !holders.isEmpty() && holders.get(0).equals(ownerId);
    }

    /** Gives up the owner's claim on the value (when the owner's code is corrected). */
    public void release(String scope, String value, String ownerId) {
        jdbc.update("delete from unique_claim where scope = ? and claim = ? and owner_id = ?", scope, value, ownerId);
    }
}
