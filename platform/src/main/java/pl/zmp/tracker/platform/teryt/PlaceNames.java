package pl.zmp.tracker.platform.teryt;

import java.text.Normalizer;
import java.util.Locale;

/** How place names are compared: as typed by people, against the register's official names. */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** Lower case without diacritics (ł too), every run of other characters one space: "Solec-Zdrój" is "solec zdroj". */
    public static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L');
        return withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether a name given for a place is its official name or a variant of it: the same letters once
     * case, diacritics and punctuation are set aside, or one holding the other as whole words
     * ("Miasto Nysa", "m.st. Warszawa", "Kędzierzyn" for Kędzierzyn-Koźle), where a word written with
     * a full stop is an abbreviation of a word with the same first letter and those letters in order
     * ("Gorzów Wlkp." for Gorzów Wielkopolski).
     */
    public static boolean isVariantOf(String name, String officialName) {
        String given = " " + fold(name) + " ";
        String official = " " + fold(officialName) + " ";
        return given.contains(official) || official.contains(given) || abbreviates(name, officialName);
    }

    private static boolean abbreviates(String name, String officialName) {
        String[] givenWords = name.strip().split("[\\s-]+");
        String[] officialWords = fold(officialName).split(" ");
        if (givenWords.length != officialWords.length) {
            return false;
        }
        for (int i = 0; i < givenWords.length; i++) {
            String word = fold(givenWords[i]);
            boolean abbreviated = givenWords[i].endsWith(".");
            if (!(abbreviated ? isAbbreviationOf(word, officialWords[i]) : word.equals(officialWords[i]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviationOf(String abbreviation, String word) {
        if (abbreviation.isEmpty() || word.isEmpty() || abbreviation.charAt(0) != word.charAt(0)) {
            return false;
        }
        int at = 0;
        for (char letter : abbreviation.toCharArray()) {
            at = word.indexOf(letter, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
