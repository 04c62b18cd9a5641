package pl.zmp.tracker.query.municipality;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A municipality as coordinators look it up. {@code version} is the last event of it projected here.
 * {@code memberSince}/{@code memberUntil}: its ZMP membership, where recorded.
 */
@Document("#{T(pl.zmp.tracker.query.store.ReadModelCollections).name('municipalities')}")
public record MunicipalityView(
        @Schema(example = "6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a01") @Id String id,
        @Schema(example = "Łódź") String name,
        @Schema(example = "CITY") String kind,
        @Schema(example = "PL") String country,
        @Schema(example = "1061011") String tercCode,
        @Schema(example = "Łódź") String officialName,
        String localCode,
        @Schema(example = "1990-01-01") LocalDate memberSince,
        LocalDate memberUntil,
        long version) {
}
