package pl.zmp.tracker.query.recruitment;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConversionContext;
import org.springframework.data.mongodb.core.convert.MongoValueConverter;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * Stores an {@link OffsetDateTime}, which the MongoDB driver has no codec for, as its instant (a BSON
 * date, so it sorts and compares as time) with the offset it was stated in: {@code {at, offset}}.
 * The instant keeps milliseconds, as every date in MongoDB.
 */
public final class OffsetDateTimeValue implements MongoValueConverter<OffsetDateTime, Document> {

    @Override
    public Document write(OffsetDateTime value, MongoConversionContext context) {
        return new Document("at", Date.from(value.toInstant())).append("offset", value.getOffset().getId());
    }

    @Override
    public OffsetDateTime read(Document value, MongoConversionContext context) {
        return value.getDate("at").toInstant().atOffset(ZoneOffset.of(value.getString("offset")));
    }
}
