package pl.zmp.tracker.values;

import java.text.Normalizer;
import java.util.Locale;

/** Where a showing takes place. Two venues are the same place when name, city and country match, ignoring case and spacing. */
public record Venue(String name, String city, CountryCode country) {

    public Venue {
        if (name == null || name.isBlank() || city == null || city.isBlank() || country == null) {
            throw new IllegalArgumentException("a venue needs a name, a city and a country");
        }
    }

    public boolean isSamePlaceAs(Venue other) {
        return key(name).equals(key(other.name)) && key(city).equals(key(other.city)) && country.equals(other.country);
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
