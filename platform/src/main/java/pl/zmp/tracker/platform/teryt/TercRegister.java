package pl.zmp.tracker.platform.teryt;

import org.springframework.core.io.ClassPathResource;
import pl.zmp.tracker.values.MunicipalityKind;
import pl.zmp.tracker.values.TercCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The official TERYT TERC register of Polish territorial units (GUS, as of 2024-01-01), shipped
 * with the product: validates codes and resolves them to official names and kinds (command side)
 * and finds units by name (query side). One instance per service ({@link TercRegisterConfiguration}).
 */
public class TercRegister {

    static final String RESOURCE = "teryt/teryt-terc-2024-01-01.csv";

    private final Map<String, TercUnit> unitsByCode;

    public TercRegister() {
        this(RESOURCE);
    }

    TercRegister(String resource) {
        this.unitsByCode = load(resource);
    }

    public Optional<TercUnit> find(TercCode code) {
        return Optional.ofNullable(unitsByCode.get(code.value()));
    }

    public int size() {
        return unitsByCode.size();
    }

    public List<TercCode> findAllCodes() {
        return unitsByCode.values().stream().map(TercUnit::code).toList();
    }

    /** Units whose official name equals the given one, ignoring case (diacritics count). */
    public List<TercUnit> findByName(String name) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("pl"));
        collator.setStrength(Collator.SECONDARY);
        return unitsByCode.values().stream()
                .filter(unit -> collator.compare(unit.officialName(), name.strip()) == 0)
                .sorted(Comparator.comparing(unit -> unit.code().value()))
                .toList();
    }

    private static Map<String, TercUnit> load(String resource) {
        Map<String, TercUnit> units = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine(); // WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    TercUnit unit = parse(line);
                    units.put(unit.code().value(), unit);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the TERC register " + resource, e);
        }
        return Map.copyOf(units);
    }

    private static TercUnit parse(String line) {
        String[] columns = line.split(";", -1);
        String voivodeship = columns[0];
        String county = columns[1];
        String gmina = columns[2];
        String type = columns[3];
        String code = voivodeship + county + gmina + type;
        return new TercUnit(new TercCode(code), columns[4], columns[5], kindOf(county, type));
    }

    private static MunicipalityKind kindOf(String county, String type) {
        if (county.isEmpty()) {
            return MunicipalityKind.VOIVODESHIP;
        }
        if (type.isEmpty()) {
            return MunicipalityKind.COUNTY;
        }
        return switch (type) {
            case "2", "5" -> MunicipalityKind.RURAL_GMINA;
            case "3" -> MunicipalityKind.URBAN_RURAL_GMINA;
            default -> MunicipalityKind.CITY; // 1 urban gmina, 4 town of an urban-rural gmina, 8/9 city districts
        };
    }
}
