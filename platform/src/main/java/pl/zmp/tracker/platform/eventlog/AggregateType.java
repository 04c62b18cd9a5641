package pl.zmp.tracker.platform.eventlog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The aggregates of the tracker, as Axon stores their type (the class's simple name) in column {@code type}, and as
 * both services' APIs name them in paths, parameters and answers: in lower case ({@link #apiName()}), only so.
 */
public enum AggregateType {
    PROJECT("Project"),
    MUNICIPALITY("Municipality"),
    ORGANISATION("Organisation"),
    RECRUITMENT("Recruitment"),
    EXHIBITION("Exhibition");

    private final String storedName;

    AggregateType(String storedName) {
        this.storedName = storedName;
    }

    /** The API's names, as a pattern for parameter validation. */
    public static final String API_NAMES = "municipality|organisation|project|recruitment|exhibition";
    public static final String API_NAMES_MESSAGE = "must be one of municipality, organisation, project, recruitment, exhibition";

    /** The name in the APIs: lower case. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The aggregate type an API name stands for: exactly the lower-case name, nothing else. */
    public static Optional<AggregateType> ofApiName(String apiName) {
        return Arrays.stream(values()).filter(type -> type.apiName().equals(apiName)).findFirst();
    }

    /** A stored type as the APIs answer it (a type that is not one of these, lower-cased all the same). */
    public static String apiNameOf(String storedName) {
        return storedName == null ? null : Arrays.stream(values()).filter(type -> type.storedName.equals(storedName))
                .findFirst().map(AggregateType::apiName).orElse(storedName.toLowerCase(Locale.ROOT));
    }

    /** The name in column {@code type}. */
    public String storedName() {
        return storedName;
    }
}
