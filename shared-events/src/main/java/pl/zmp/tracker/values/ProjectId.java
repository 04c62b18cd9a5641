package pl.zmp.tracker.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identity of a project aggregate: a UUID, written as its canonical string. */
public record ProjectId(@JsonValue String value) {

    @JsonCreator
    public ProjectId {
        value = Ids.requireUuid(value, "project id");
    }

    public static ProjectId newId() {
        return new ProjectId(Ids.newUuid());
    }

    @Override
    public String toString() {
        return value;
    }
}
