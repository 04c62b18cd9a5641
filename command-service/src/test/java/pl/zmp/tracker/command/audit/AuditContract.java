package pl.zmp.tracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.zmp.tracker.command.SignedIn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tamper evidence against each database the event store supports. The sealer's schedule is off in these
 * contexts: each test seals when it means to.
 */
abstract class AuditContract {

    static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditSealer sealer;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PeriodicVerification periodicVerification;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void commandsChainEachAggregatesEventsInTheirMetadata() throws Exception {
        String id = municipalityWithRenames(2);

        List<Map<String, Object>> rows = rowsOf(id);
        assertThat(rows).hasSize(3);
        String previous = EventHashes.GENESIS;
        for (Map<String, Object> row : rows) {
            JsonNode metaData = json.readTree((String) row.get("meta_data"));
            assertThat(metaData.get("previousHash").asText()).isEqualTo(previous);
            assertThat(metaData.get("actor").asText()).isEqualTo(SignedIn.USER);
            String hash = metaData.get("hash").asText();
            assertThat(EventHashes.hash(stored(row), previous)).isEqualTo(hash);
            previous = hash;
        }
    }

    @Test
    void verifyPassesForTheUntouchedLogAndForOneAggregate() throws Exception {
        String id = municipalityWithRenames(1);
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        verify(null).andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(events))
                .andExpect(jsonPath("$.firstBrokenLink").doesNotExist());
        verify(id).andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.eventsChecked").value(2));
    }

    @Test
    void theWholeSeedIsChainedAndVerifiesBeforeAndAfterSealing() throws Exception {
        mvc.perform(post("/api/admin/seed")).andExpect(status().isOk());
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        assertThat(events).isGreaterThan(250);

        verify(null).andExpect(jsonPath("$.verified").value(true)).andExpect(jsonPath("$.eventsChecked").value(events));
        sealer.sealSettledBefore(FAR_FUTURE);
        verify(null).andExpect(jsonPath("$.verified").value(true)).andExpect(jsonPath("$.eventsChecked").value(events));
    }

    @Test
    void anEditedPayloadFailsVerificationAtExactlyThatEventUntilRestored() throws Exception {
        String id = municipalityWithRenames(2);
        Map<String, Object> row = rowsOf(id).get(1);
        long position = position(row);
        String payload = (String) row.get("payload");

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                payload.replace("Nazwa 1", "Nazwa X"), position);

        expectBrokenAt(null, position, id, 1, "does not match its hash");
        expectBrokenAt(id, position, id, 1, "does not match its hash");

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, position);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void editedMetadataFailsVerificationAtThatEventUntilRestored() throws Exception {
        String id = municipalityWithRenames(2);
        Map<String, Object> row = rowsOf(id).get(2);
        long position = position(row);
        String metaData = (String) row.get("meta_data");

        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?",
                metaData.replace("\"" + SignedIn.USER + "\"", "\"someone-else\""), position);
        expectBrokenAt(null, position, id, 2, "does not match its hash");

        jdbc.update("update domain_event_entry set meta_data = ? where global_index = ?", metaData, position);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aBackdatedEventFailsVerificationAtThatEventUntilRestored() throws Exception {
        String id = municipalityWithRenames(2);
        Map<String, Object> row = rowsOf(id).get(1);
        long position = position(row);
        String recordedAt = (String) row.get("time_stamp");

        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?",
                "2017-03-01T09:00:00.000Z", position);
        expectBrokenAt(null, position, id, 1, "does not match its hash");

        jdbc.update("update domain_event_entry set time_stamp = ? where global_index = ?", recordedAt, position);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void anEventWhoseBusinessTimeWasMovedFailsVerificationAtThatEventUntilRestored() throws Exception {
        String id = municipalityWithRenames(2);
        Map<String, Object> row = rowsOf(id).get(1);
        long position = position(row);
        String payload = (String) row.get("payload");
        assertThat(payload).contains("\"occurredOn\":\"");

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                payload.replaceFirst("\"occurredOn\":\"[^\"]+\"", "\"occurredOn\":\"2017-03-01T09:00:00Z\""), position);
        expectBrokenAt(null, position, id, 1, "does not match its hash");

        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, position);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void anEventGivenAnotherIdentifierFailsVerificationAtThatEvent() throws Exception {
        String id = municipalityWithRenames(1);
        Map<String, Object> row = rowsOf(id).get(1);
        long position = position(row);
        String identifier = (String) row.get("event_identifier");

        jdbc.update("update domain_event_entry set event_identifier = ? where global_index = ?",
                UUID.randomUUID().toString(), position);
        expectBrokenAt(id, position, id, 1, "does not match its hash");

        jdbc.update("update domain_event_entry set event_identifier = ? where global_index = ?", identifier, position);
        verify(id).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aRecomputedHashOnAnEditedEventStillBreaksTheLinkToTheNextEvent() throws Exception {
        String id = municipalityWithRenames(2);
        List<Map<String, Object>> rows = rowsOf(id);
        Map<String, Object> row = rows.get(1);
        String payload = (String) row.get("payload");
        String metaData = (String) row.get("meta_data");
        JsonNode original = json.readTree(metaData);
        String forgedPayload = payload.replace("Nazwa 1", "Nazwa X");
        StoredEvent forged = new StoredEvent((String) row.get("type"), id, 1, (String) row.get("payload_type"),
                (String) row.get("payload_revision"), forgedPayload, metaData, (String) row.get("event_identifier"),
                (String) row.get("time_stamp"));
        String forgedHash = EventHashes.hash(forged, original.get("previousHash").asText());

        jdbc.update("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
                forgedPayload, metaData.replace(original.get("hash").asText(), forgedHash), position(row));

        expectBrokenAt(null, position(rows.get(2)), id, 2, "previousHash does not match");

        jdbc.update("update domain_event_entry set payload = ?, meta_data = ? where global_index = ?",
                payload, metaData, position(row));
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aDeletedEventFailsVerificationAtTheNextEventOfItsChainUntilRestored() throws Exception {
        sealer.sealSettledBefore(FAR_FUTURE);
        String id = municipalityWithRenames(2);
        List<Map<String, Object>> rows = rowsOf(id);

        jdbc.update("delete from domain_event_entry where global_index = ?", position(rows.get(1)));
        expectBrokenAt(null, position(rows.get(2)), id, 2, "sequence 1 of the aggregate is missing");
        expectBrokenAt(id, position(rows.get(2)), id, 2, "sequence 1 of the aggregate is missing");

        restore(rows.get(1));
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aDeletedSealedEventFailsVerificationAtItsOwnPositionUntilRestored() throws Exception {
        String id = municipalityWithRenames(1);
        sealer.sealSettledBefore(FAR_FUTURE);
        Map<String, Object> last = rowsOf(id).get(1);

        // the last event of its aggregate: only the seal chain knows it existed
        jdbc.update("delete from domain_event_entry where global_index = ?", position(last));
        expectBrokenAt(null, position(last), id, 1, "a sealed event is missing");
        expectBrokenAt(id, position(last), id, 1, "a sealed event is missing");

        restore(last);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void sealerSealsOnlySettledEventsInGlobalOrder() throws Exception {
        sealer.sealSettledBefore(FAR_FUTURE);
        String id = municipalityWithRenames(2);
        List<Map<String, Object>> rows = rowsOf(id);
        Instant firstStamp = Instant.parse((String) rows.get(0).get("time_stamp"));
        Instant lastStamp = Instant.parse((String) rows.get(2).get("time_stamp"));

        SealReport none = sealer.sealSettledBefore(firstStamp);
        assertThat(none.sealed()).isZero();
        assertThat(none.sealedThrough()).isLessThan(position(rows.get(0)));

        SealReport some = sealer.sealSettledBefore(lastStamp);
        assertThat(some.sealedThrough()).isGreaterThanOrEqualTo(position(rows.get(0))).isLessThan(position(rows.get(2)));

        SealReport all = sealer.sealSettledBefore(FAR_FUTURE);
        assertThat(all.sealedThrough()).isEqualTo(position(rows.get(2)));
        List<Map<String, Object>> seals = jdbc.queryForList(
                "select global_index, event_hash, chain_hash from audit_seal order by global_index");
        String chain = EventHashes.GENESIS;
        long expectedIndex = ((Number) seals.get(0).get("global_index")).longValue();
        for (Map<String, Object> seal : seals) {
            long index = ((Number) seal.get("global_index")).longValue();
            assertThat(index).isEqualTo(expectedIndex++);
            chain = EventHashes.chainHash(chain, index, (String) seal.get("event_hash"));
            assertThat(seal.get("chain_hash")).isEqualTo(chain);
        }
        assertThat(all.chainHash()).isEqualTo(chain);
        for (Map<String, Object> row : rows) {
            assertThat(jdbc.queryForObject("select event_hash from audit_seal where global_index = ?",
                    String.class, position(row)))
                    .isEqualTo(json.readTree((String) row.get("meta_data")).get("hash").asText());
        }
    }

    @Test
    void sealingTwiceOrFromTwoInstancesAtOnceSealsEachPositionOnce() throws Exception {
        municipalityWithRenames(1);
        CompletableFuture<SealReport> first = CompletableFuture.supplyAsync(() -> sealer.sealSettledBefore(FAR_FUTURE));
        CompletableFuture<SealReport> second = CompletableFuture.supplyAsync(() -> sealer.sealSettledBefore(FAR_FUTURE));
        SealReport one = first.get();
        SealReport other = second.get();
        assertThat(one.sealedThrough()).isEqualTo(other.sealedThrough());
        assertThat(one.chainHash()).isEqualTo(other.chainHash());
        long rows = jdbc.queryForObject("select count(*) from audit_seal", Long.class);

        SealReport again = sealer.sealSettledBefore(FAR_FUTURE);

        assertThat(again.sealed()).isZero();
        assertThat(again.sealedThrough()).isEqualTo(one.sealedThrough());
        assertThat(again.chainHash()).isEqualTo(one.chainHash());
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class)).isEqualTo(rows);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aRolledBackInsertIsSealedAsAGapAndAnEventForgedIntoItIsCaught() throws Exception {
        long gap = rolledBackInsert();
        String id = municipalityWithRenames(0);
        sealer.sealSettledBefore(FAR_FUTURE);

        assertThat(jdbc.queryForObject("select count(*) from audit_seal where global_index = ? and event_hash is null",
                Long.class, gap)).isEqualTo(1);
        verify(null).andExpect(jsonPath("$.verified").value(true));

        Map<String, Object> row = rowsOf(id).get(0);
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload,"
                        + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", gap, UUID.randomUUID().toString(),
                row.get("meta_data"), row.get("payload"), row.get("payload_revision"), row.get("payload_type"),
                row.get("time_stamp"), "forged-" + UUID.randomUUID(), row.get("type"));

        verify(null).andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenLink.globalPosition").value(gap));
        jdbc.update("delete from domain_event_entry where global_index = ?", gap);
        verify(null).andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void sealEndpointSealsEventsOnceTheyAreOlderThanTheSettleTime() throws Exception {
        String id = municipalityWithRenames(0);
        long position = position(rowsOf(id).get(0));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> {
            MvcResult result = mvc.perform(post("/api/audit/seal"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.sealed").isNumber())
                    .andReturn();
            JsonNode report = json.readTree(result.getResponse().getContentAsString());
            return report.get("sealedThrough").asLong(-1) >= position;
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_seal where global_index = ?", Long.class, position))
                .isEqualTo(1);
    }

    @Test
    void sealAgeIsTheAgeOfTheOldestUnsealedEventAndZeroOnceAllAreSealed() throws Exception {
        sealer.sealSettledBefore(FAR_FUTURE);
        assertThat(gauge("tracker.audit.seal.age")).isZero();

        String id = municipalityWithRenames(1);
        Instant oldest = Instant.parse((String) rowsOf(id).get(0).get("time_stamp"));
        double age = gauge("tracker.audit.seal.age");
        assertThat(age).isGreaterThanOrEqualTo(0)
                .isLessThanOrEqualTo(Duration.between(oldest, Instant.now()).toMillis() / 1000.0 + 0.001);
        // nothing seals: the age grows with time
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge("tracker.audit.seal.age") >= 1.0);

        sealer.sealSettledBefore(FAR_FUTURE);
        assertThat(gauge("tracker.audit.seal.age")).isZero();
    }

    @Test
    void lastVerifyResultFollowsEachVerificationOfTheWholeLog() throws Exception {
        String id = municipalityWithRenames(1);
        Instant before = Instant.now();
        verify(null).andExpect(jsonPath("$.verified").value(true));
        assertThat(gauge("tracker.audit.verify.last.result")).isEqualTo(1);
        assertThat(gauge("tracker.audit.verify.last.timestamp")).isGreaterThanOrEqualTo(before.toEpochMilli() / 1000.0);

        Map<String, Object> row = rowsOf(id).get(1);
        String payload = (String) row.get("payload");
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?",
                payload.replace("Nazwa 1", "Nazwa X"), position(row));
        try {
            periodicVerification.verifyNow();
            assertThat(gauge("tracker.audit.verify.last.result")).isZero();
            // checking one aggregate is not a verification of the whole log
            verify(id).andExpect(jsonPath("$.verified").value(false));
            assertThat(gauge("tracker.audit.verify.last.result")).isZero();
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", payload, position(row));
        }
        verify(null).andExpect(jsonPath("$.verified").value(true));
        assertThat(gauge("tracker.audit.verify.last.result")).isEqualTo(1);
    }

    private double gauge(String name) {
        var gauge = meters.find(name).gauge();
        assertThat(gauge).as(name).isNotNull();
        return gauge.value();
    }

    @Test
    void verifyRefusesABlankAggregateIdAndAnswers404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/audit/verify").param("aggregateId", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aggregateId"));
        mvc.perform(get("/api/audit/verify").param("aggregateId", "no-such-aggregate"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    private void expectBrokenAt(String aggregateParameter, long position, String aggregateId, long sequence,
                                String reason) throws Exception {
        verify(aggregateParameter).andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenLink.globalPosition").value(position))
                .andExpect(jsonPath("$.firstBrokenLink.aggregateId").value(aggregateId))
                .andExpect(jsonPath("$.firstBrokenLink.sequence").value(sequence))
                .andExpect(jsonPath("$.firstBrokenLink.reason").value(org.hamcrest.Matchers.containsString(reason)));
    }

    private org.springframework.test.web.servlet.ResultActions verify(String aggregateId) throws Exception {
        var request = get("/api/audit/verify");
        if (aggregateId != null) {
            request.param("aggregateId", aggregateId);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    /** A municipality with the given number of renames after its registration: names "Nazwa 1", "Nazwa 2"… */
    private String municipalityWithRenames(int renames) throws Exception {
        MvcResult result = mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Miasto " + UUID.randomUUID() + "\",\"country\":\"UA\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        String id = json.readTree(result.getResponse().getContentAsString()).get("aggregateId").asText();
        for (int i = 1; i <= renames; i++) {
            mvc.perform(post("/api/municipalities/" + id + "/name").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Nazwa " + i + "\"}"))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private List<Map<String, Object>> rowsOf(String aggregateId) {
        return jdbc.queryForList("select * from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", aggregateId);
    }

    private void restore(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc.update("insert into domain_event_entry (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", row.values().toArray());
    }

    /** Takes a global index in a transaction that rolls back, as a failed command does. */
    private long rolledBackInsert() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return transaction.execute(status -> {
            String eventId = UUID.randomUUID().toString();
            jdbc.update("insert into domain_event_entry (event_identifier, meta_data, payload, payload_type,"
                    + " time_stamp, aggregate_identifier, sequence_number) values (?, '{}', '{}', 'x', ?, ?, 0)",
                    eventId, Instant.now().toString(), eventId);
            long index = jdbc.queryForObject("select global_index from domain_event_entry where event_identifier = ?",
                    Long.class, eventId);
            status.setRollbackOnly();
            return index;
        });
    }

    private static long position(Map<String, Object> row) {
        return ((Number) row.get("global_index")).longValue();
    }

    private static StoredEvent stored(Map<String, Object> row) {
        return new StoredEvent((String) row.get("type"), (String) row.get("aggregate_identifier"),
                ((Number) row.get("sequence_number")).longValue(), (String) row.get("payload_type"),
                (String) row.get("payload_revision"), (String) row.get("payload"), (String) row.get("meta_data"),
                (String) row.get("event_identifier"), (String) row.get("time_stamp"));
    }
}
