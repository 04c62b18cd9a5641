package pl.zmp.tracker.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/**
 * A municipality as coordinators look it up. {@code version} is the last event of it projected here.
 * {@code memberSince}/{@code memberUntil}: its ZMP membership, where recorded.
 */
@Document("#{T(pl.zmp.tracker.query.infra.ReadModelCollections).name('municipalities')}")
public record MunicipalityView(
        @Id String id,
        String name,
        String kind,
        String country,
        String tercCode,
        String officialName,
        String localCode,
        LocalDate memberSince,
        LocalDate memberUntil,
        long version) {
}
