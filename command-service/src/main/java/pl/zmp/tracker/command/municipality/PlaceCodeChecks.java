package pl.zmp.tracker.command.municipality;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.zmp.tracker.platform.web.InvalidFieldException;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.TercCode;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The request-level checks of a place's codes (400), shared by registering a municipality and
 * correcting its codes: the format of each field, then how the fields fit together.
 */
final class PlaceCodeChecks {

    private PlaceCodeChecks() {
    }

    /** A TERYT TERC code: 2, 4 or 7 digits. */
    @Documented
    @Pattern(regexp = TercCode.FORMAT)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface TercCodeFormat {
        String message() default "must be a TERYT TERC code of 2, 4 or 7 digits";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An ISO 3166-1 alpha-2 code in upper case (whether it is a real one is checked by {@link #resolve}). */
    @Documented
    @Pattern(regexp = "[A-Z]{2}")
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface CountryFormat {
        String message() default "must be an ISO 3166-1 alpha-2 code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A place's own code in its country (Ukraine: KATOTTH). */
    @Documented
    @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*")
    @Size(max = 40)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface LocalCodeFormat {
        String message() default "must not be blank and at most 40 characters";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Where a place is, as far as the request can tell. */
    record Location(CountryCode country, TercCode tercCode) {
    }

    /** A Polish place gives its TERC code (its country, if given, is PL); a foreign one a real country other than PL. */
    static Location resolve(String tercCode, String country) {
        if (tercCode != null) {
            if (country != null && !CountryCode.POLAND.value().equals(country)) {
                throw new InvalidFieldException("country", "a place with a TERC code is in Poland (PL)");
            }
            return new Location(CountryCode.POLAND, new TercCode(tercCode));
        }
        if (country == null) {
            throw new InvalidFieldException("tercCode", "required for a Polish place; a foreign place gives its country");
        }
        if (!CountryCode.isValid(country)) {
            throw new InvalidFieldException("country", "not an ISO 3166-1 alpha-2 code: " + country);
        }
        if (CountryCode.POLAND.value().equals(country)) {
            throw new InvalidFieldException("tercCode", "required for a Polish place");
        }
        return new Location(new CountryCode(country), null);
    }

    /** A given local code without surrounding blanks. */
    static String localCode(String localCode) {
        return localCode == null ? null : localCode.strip();
    }
}
