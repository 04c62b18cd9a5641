package pl.zmp.tracker.query;

import com.mongodb.MongoClientSettings;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.Mockito.mock;

/**
 * A repository fake for projection unit tests: a Mockito mock (so calls can be verified) over a map
 * that keeps each document as the bytes Spring Data and the MongoDB driver would send to the server.
 * Every load maps a fresh copy, so a projection that changes a loaded document without saving it
 * changes nothing stored, and a value the driver cannot store fails here as it would in production.
 */
public final class InMemoryRepository {

    private InMemoryRepository() {
    }

    public static <T, R extends MongoRepository<T, String>> R of(Class<R> repositoryType, Class<T> documentType) {
        MappingMongoConverter converter = converter();
        Codec<Document> bsonCodec = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
        Map<Object, RawBsonDocument> stored = new LinkedHashMap<>();
        return mock(repositoryType, invocation -> {
            Object[] args = invocation.getArguments();
            return switch (invocation.getMethod().getName() + "/" + args.length) {
                case "findById/1" -> Optional.ofNullable(stored.get(args[0]))
                        .map(bytes -> converter.read(documentType, decode(bytes, bsonCodec)));
                case "existsById/1" -> stored.containsKey(args[0]);
                case "save/1" -> {
                    Document bson = new Document();
                    converter.write(args[0], bson);
                    stored.put(bson.get("_id"), new RawBsonDocument(bson, bsonCodec));
                    yield args[0];
                }
                case "findAll/0" -> {
                    List<T> all = new ArrayList<>();
                    stored.values().forEach(bytes -> all.add(converter.read(documentType, decode(bytes, bsonCodec))));
                    yield all;
                }
                case "count/0" -> (long) stored.size();
                case "deleteAll/0" -> {
                    stored.clear();
                    yield null;
                }
                default -> throw new UnsupportedOperationException("not faked: " + invocation.getMethod());
            };
        });
    }

    /**
     * MongoOperations for a projection's direct calls (no unit of work) that reads and saves through
     * the fake repository, whatever the collection: saves can be verified on the repository as before.
     */
    @SuppressWarnings("unchecked")
    public static MongoOperations operationsOver(MongoRepository<?, String> repository) {
        MongoRepository<Object, String> documents = (MongoRepository<Object, String>) repository;
        MongoMappingContext mapping = (MongoMappingContext) converter().getMappingContext();
        return mock(MongoOperations.class, invocation -> {
            Object[] args = invocation.getArguments();
            return switch (invocation.getMethod().getName() + "/" + args.length) {
                case "getCollectionName/1" -> mapping.getRequiredPersistentEntity((Class<?>) args[0]).getCollection();
                case "findById/3" -> documents.findById((String) args[0]).orElse(null);
                case "save/2" -> documents.save(args[0]);
                default -> throw new UnsupportedOperationException("not faked: " + invocation.getMethod());
            };
        });
    }

    private static Document decode(RawBsonDocument bytes, Codec<Document> codec) {
        return codec.decode(bytes.asBsonReader(), DecoderContext.builder().build());
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
