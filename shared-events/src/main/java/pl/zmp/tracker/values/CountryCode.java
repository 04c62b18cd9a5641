package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case. */
public record CountryCode(@JsonValue String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    public static final CountryCode POLAND = new CountryCode("PL");

    @JsonCreator
    public CountryCode {
        if (value == null || !ISO_COUNTRIES.contains(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && ISO_COUNTRIES.contains(value);
    }

    public boolean isPoland() {
        return equals(POLAND);
    }

    @Override
    public String toString() {
        return value;
    }
}
