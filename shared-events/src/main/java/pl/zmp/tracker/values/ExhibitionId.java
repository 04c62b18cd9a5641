package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of an exhibition aggregate: a UUID, written as its canonical string. */
public record ExhibitionId(@JsonValue String value) {

    @JsonCreator
    public ExhibitionId {
        value = Ids.requireUuid(value, "exhibition id");
    }

    public static ExhibitionId newId() {
        return new ExhibitionId(Ids.newUuid());
    }

    @Override
    public String toString() {
        return value;
    }
}
