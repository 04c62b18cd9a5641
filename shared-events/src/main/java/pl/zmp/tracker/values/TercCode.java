package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * A code of the official TERYT TERC register: 2 digits for a voivodeship, 4 for a county,
 * 7 for a gmina-level unit (voivodeship 2, county 2, gmina 2, type 1).
 */
public record TercCode(@JsonValue String value) {

    public static final String FORMAT = "\\d{2}|\\d{4}|\\d{7}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    @JsonCreator
    public TercCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("TERC code must have 2, 4 or 7 digits: " + value);
        }
    }

    public boolean isGminaLevel() {
        return value.length() == 7;
    }

    @Override
    public String toString() {
        return value;
    }
}
