package pl.zmp.tracker.command.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHashesTest {

    private static final String PREVIOUS = "ab".repeat(32);

    private static StoredEvent event(String payload, String metaData) {
        return new StoredEvent("Project", "p-1", 3, "pl.zmp.tracker.events.project.FinancingAmountRecorded", "1",
                payload, metaData);
    }

    @Test
    void canonicalFormSortsKeysAtEveryLevelWithoutWhitespaceAndLeavesOutTheHashKeys() {
        StoredEvent event = event("{ \"z\": 1, \"amount\": {\"currency\": \"PLN\", \"amount\": 2000000.50} }",
                "{\"hash\":\"x\",\"previousHash\":\"y\",\"actor\":\"anonymous\",\"commandName\":\"RecordFinancingAmount\"}");

        assertThat(EventHashes.canonicalForm(event, PREVIOUS)).isEqualTo(
                "{\"aggregateId\":\"p-1\",\"aggregateType\":\"Project\","
                        + "\"metaData\":{\"actor\":\"anonymous\",\"commandName\":\"RecordFinancingAmount\"},"
                        + "\"payload\":{\"amount\":{\"amount\":2000000.50,\"currency\":\"PLN\"},\"z\":1},"
                        + "\"payloadRevision\":\"1\","
                        + "\"payloadType\":\"pl.zmp.tracker.events.project.FinancingAmountRecorded\","
                        + "\"previousHash\":\"" + PREVIOUS + "\",\"sequenceNumber\":3}");
    }

    @Test
    void hashIsTheSha256HexOfTheCanonicalFormInUtf8() throws Exception {
        StoredEvent event = event("{\"name\":\"Sołec Zdrój\"}", "{\"actor\":\"anonymous\"}");

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(EventHashes.canonicalForm(event, PREVIOUS).getBytes(StandardCharsets.UTF_8)));

        assertThat(EventHashes.hash(event, PREVIOUS)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void keyOrderAndWhitespaceOfTheStoredJsonDoNotChangeTheHash() {
        StoredEvent compact = event("{\"a\":1,\"b\":[1,2,{\"d\":4,\"c\":3}]}", "{\"x\":\"1\",\"y\":\"2\"}");
        StoredEvent spaced = event("{ \"b\" : [ 1, 2, { \"c\": 3, \"d\": 4 } ],\n \"a\": 1 }",
                "{\"y\":\"2\", \"hash\":\"old\", \"x\":\"1\"}");

        assertThat(EventHashes.hash(spaced, PREVIOUS)).isEqualTo(EventHashes.hash(compact, PREVIOUS));
    }

    @Test
    void anyChangeOfPayloadMetadataColumnsOrPreviousHashChangesTheHash() {
        StoredEvent original = event("{\"amount\":\"100.00\"}", "{\"actor\":\"anonymous\"}");
        String hash = EventHashes.hash(original, PREVIOUS);

        assertThat(EventHashes.hash(event("{\"amount\":\"100.01\"}", "{\"actor\":\"anonymous\"}"), PREVIOUS))
                .isNotEqualTo(hash);
        assertThat(EventHashes.hash(event("{\"amount\":\"100.00\"}", "{\"actor\":\"mallory\"}"), PREVIOUS))
                .isNotEqualTo(hash);
        assertThat(EventHashes.hash(new StoredEvent("Project", "p-1", 4, original.payloadType(), "1",
                original.payloadJson(), original.metaDataJson()), PREVIOUS)).isNotEqualTo(hash);
        assertThat(EventHashes.hash(original, EventHashes.GENESIS)).isNotEqualTo(hash);
    }

    @Test
    void versionTwoCoversTheEventsIdentityAndRecordingTime() {
        String metaData = "{\"actor\":\"anonymous\",\"hashVersion\":\"2\"}";
        StoredEvent recorded = new StoredEvent("Project", "p-1", 3, "T", "1", "{}", metaData,
                "e-1", "2026-11-29T12:00:00.000Z");
        String hash = EventHashes.hash(recorded, PREVIOUS);

        assertThat(EventHashes.canonicalForm(recorded, PREVIOUS))
                .contains("\"eventIdentifier\":\"e-1\"").contains("\"timeStamp\":\"2026-11-29T12:00:00.000Z\"");
        assertThat(EventHashes.hash(new StoredEvent("Project", "p-1", 3, "T", "1", "{}", metaData,
                "e-1", "2017-03-01T09:00:00.000Z"), PREVIOUS)).as("backdated").isNotEqualTo(hash);
        assertThat(EventHashes.hash(new StoredEvent("Project", "p-1", 3, "T", "1", "{}", metaData,
                "e-2", "2026-11-29T12:00:00.000Z"), PREVIOUS)).as("another identity").isNotEqualTo(hash);
        assertThat(EventHashes.hash(new StoredEvent("Project", "p-1", 3, "T", "1", "{\"actor\":\"anonymous\"}",
                metaData.replace(",\"hashVersion\":\"2\"", ""), "e-1", "2026-11-29T12:00:00.000Z"), PREVIOUS))
                .as("the version dropped from the metadata").isNotEqualTo(hash);
    }

    @Test
    void eventsRecordedBeforeVersionTwoAreHashedWithoutIdentityAndTime() {
        StoredEvent older = new StoredEvent("Project", "p-1", 3, "T", "1", "{}", "{\"actor\":\"anonymous\"}",
                "e-1", "2026-11-29T12:00:00.000Z");

        assertThat(EventHashes.canonicalForm(older, PREVIOUS)).doesNotContain("eventIdentifier", "timeStamp");
        assertThat(EventHashes.hash(older, PREVIOUS)).isEqualTo(EventHashes.hash(new StoredEvent("Project", "p-1", 3,
                "T", "1", "{}", "{\"actor\":\"anonymous\"}"), PREVIOUS));
    }

    @Test
    void numbersKeepTheirStoredScale() {
        assertThat(EventHashes.hash(event("{\"amount\":100.0}", "{}"), PREVIOUS))
                .isNotEqualTo(EventHashes.hash(event("{\"amount\":100}", "{}"), PREVIOUS));
    }

    @Test
    void chainHashCoversThePreviousChainTheIndexAndTheEventHashOrAGap() throws Exception {
        String eventHash = "cd".repeat(32);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((EventHashes.GENESIS + 7 + eventHash).getBytes(StandardCharsets.UTF_8)));

        assertThat(EventHashes.chainHash(EventHashes.GENESIS, 7, eventHash)).isEqualTo(expected);
        assertThat(EventHashes.chainHash(EventHashes.GENESIS, 7, null))
                .isEqualTo(EventHashes.sha256(EventHashes.GENESIS + 7 + "gap"))
                .isNotEqualTo(expected);
        assertThat(EventHashes.chainHash(EventHashes.GENESIS, 8, eventHash)).isNotEqualTo(expected);
    }

    @Test
    void unreadableStoredJsonIsReportedNotHashed() {
        assertThatThrownBy(() -> EventHashes.hash(event("{\"amount\":", "{}"), PREVIOUS))
                .isInstanceOf(EventHashes.UnreadableEventException.class);
    }
}
