package pl.zmp.tracker.query.terc;

import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.teryt.PlaceNames;
import pl.zmp.tracker.platform.teryt.TercRegister;
import pl.zmp.tracker.platform.teryt.TercUnit;
import pl.zmp.tracker.values.TercCode;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds TERC units by what a coordinator types: case and diacritics do not matter ("sołec zdrój"
 * finds Solec-Zdrój), nor hyphens and spaces. Best match first: the whole name, then names that
 * start with the text, then names with a word that does, then names whose words start with each
 * word typed; among equals a gmina-level unit before its county and voivodeship (a city before its
 * rural area), then by name in Polish order.
 */
@Component
class TercLookup {

    /** Register type digits of gmina-level units, the likelier meant first: urban gmina, town, urban-rural... */
    private static final String TYPE_ORDER = "1432589";
    private static final Collator POLISH = Collator.getInstance(Locale.forLanguageTag("pl"));

    private final TercRegister register;
    private final List<Entry> entries;

    TercLookup(TercRegister register) {
        this.register = register;
        this.entries = register.findAllCodes().stream()
                .map(code -> register.find(code).orElseThrow())
                .map(unit -> new Entry(unit, PlaceNames.fold(unit.officialName())))
                .toList();
    }

    List<TercMatch> find(String text, int limit) {
        String query = PlaceNames.fold(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return entries.stream()
                .map(entry -> new Scored(entry.unit(), score(entry.folded(), query)))
                .filter(scored -> scored.score() >= 0)
                .sorted(Comparator.comparingInt(Scored::score)
                        .thenComparingInt(scored -> rank(scored.unit()))
                        .thenComparing(scored -> scored.unit().officialName(), POLISH)
                        .thenComparing(scored -> scored.unit().code().value()))
                .limit(limit)
                .map(scored -> match(scored.unit()))
                .toList();
    }

    /** Lower is better; -1: no match. */
    private static int score(String name, String query) {
        if (name.equals(query)) {
            return 0;
        }
        if (name.startsWith(query)) {
            return 1;
        }
        if ((" " + name).contains(" " + query)) {
            return 2;
        }
        List<String> words = Arrays.asList(name.split(" "));
        boolean everyWordStarted = Arrays.stream(query.split(" "))
                .allMatch(typed -> words.stream().anyMatch(word -> word.startsWith(typed)));
        return everyWordStarted ? 3 : -1;
    }

    /** Gmina-level units by type, then counties, then voivodeships. */
    private static int rank(TercUnit unit) {
        String code = unit.code().value();
        return switch (code.length()) {
            case 7 -> TYPE_ORDER.indexOf(code.charAt(6));
            case 4 -> TYPE_ORDER.length();
            default -> TYPE_ORDER.length() + 1;
        };
    }

    private TercMatch match(TercUnit unit) {
        String code = unit.code().value();
        return new TercMatch(code, unit.officialName(), unit.kind(), unit.registerKind(),
                code.length() > 2 ? name(code.substring(0, 4)).orElse(null) : null,
                name(code.substring(0, 2)).orElse(null));
    }

    private Optional<String> name(String code) {
        return register.find(new TercCode(code)).map(TercUnit::officialName);
    }

    private record Entry(TercUnit unit, String folded) {
    }

    private record Scored(TercUnit unit, int score) {
    }
}
