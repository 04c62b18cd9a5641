package pl.zmp.tracker.query.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names as Polish readers expect them in order and in search: Ł after L, Ś after S (java.text.Collator for pl-PL,
 * not code points), and a search that ignores case and diacritics ("lodz" finds Łódź).
 */
public final class PolishOrder {

    private static final Locale POLISH = Locale.forLanguageTag("pl-PL");

    private PolishOrder() {
    }

    /** Orders by the text in Polish collation; absent texts last. Collators are not thread-safe: one per call. */
    public static <T> Comparator<T> by(Function<T, String> text) {
        Collator collator = Collator.getInstance(POLISH);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.comparing(text, Comparator.nullsLast(collator::compare));
    }

    /** The text folded for search: lower case, without diacritics (ł counts as l). */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(POLISH).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Whether any of the texts contains the query, folded. */
    public static boolean matches(String query, String... texts) {
        String needle = folded(query).strip();
        for (String text : texts) {
            if (folded(text).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
