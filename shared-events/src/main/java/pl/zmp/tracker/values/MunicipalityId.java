package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of a municipality aggregate: a UUID, written as its canonical string. */
public record MunicipalityId(@JsonValue String value) {

    @JsonCreator
    public MunicipalityId {
        value = Ids.requireUuid(value, "municipality id");
    }

    public static MunicipalityId newId() {
        return new MunicipalityId(Ids.newUuid());
    }

    @Override
    public String toString() {
        return value;
    }
}
