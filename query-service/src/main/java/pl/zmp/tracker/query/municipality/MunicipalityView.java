package pl.zmp.tracker.query.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A municipality as coordinators look it up. {@code version} is the last event of it projected here. */
@Document("municipalities")
public record MunicipalityView(
        @Id String id,
        String name,
        String kind,
        String country,
        String tercCode,
        String officialName,
        String localCode,
        long version) {
}
