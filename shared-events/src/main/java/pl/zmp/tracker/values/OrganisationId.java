package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of an organisation aggregate: a UUID, written as its canonical string. */
public record OrganisationId(@JsonValue String value) {

    @JsonCreator
    public OrganisationId {
        value = Ids.requireUuid(value, "organisation id");
    }

    public static OrganisationId newId() {
        return new OrganisationId(Ids.newUuid());
    }

    @Override
    public String toString() {
        return value;
    }
}
