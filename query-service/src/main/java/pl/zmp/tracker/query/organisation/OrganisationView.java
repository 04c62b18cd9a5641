package pl.zmp.tracker.query.organisation;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner organisation as dashboards name it; {@code shortName} is the event's acronym, under its API name. */
@Document("#{T(pl.zmp.tracker.query.store.ReadModelCollections).name('organisations')}")
public record OrganisationView(
        @Schema(example = "6cede877-91d0-3897-a958-867406b78468") @Id String id,
        @Schema(example = "Związek Miast Polskich") String name,
        @Schema(example = "ZMP") String shortName,
        @Schema(example = "ASSOCIATION") String kind,
        @Schema(example = "PL") String country,
        @Schema(example = "0000106060") String krs,
        String regon,
        long version) {
}
