package pl.zmp.tracker.command.municipality;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.values.MunicipalityId;

import java.util.List;

/**
 * Which place holds which code (a TERC code, or a foreign country's local code). The claim is
 * written in the command's own transaction, so a rejected or failed command leaves no claim.
 */
@Component
public class MunicipalityCodes {

    private final JdbcTemplate jdbc;

    public MunicipalityCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the code for the municipality; false if another municipality holds it. */
    public boolean claim(String code, MunicipalityId municipalityId) {
        List<String> holders = jdbc.queryForList(
                "select municipality_id from municipality_code where code = ?", String.class, code);
        if (!holders.isEmpty()) {
            return holders.get(0).equals(municipalityId.value());
        }
        try {
            jdbc.update("insert into municipality_code (code, municipality_id) values (?, ?)",
                    code, municipalityId.value());
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }
}
