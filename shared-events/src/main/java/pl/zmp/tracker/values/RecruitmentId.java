package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of a recruitment aggregate: a UUID, written as its canonical string. */
public record RecruitmentId(@JsonValue String value) {

    @JsonCreator
    public RecruitmentId {
        value = Ids.requireUuid(value, "recruitment id");
    }

    public static RecruitmentId newId() {
        return new RecruitmentId(Ids.newUuid());
    }

    @Override
    public String toString() {
        return value;
    }
}
