package com.backrelief.coach.persistence;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The DynamoDB adapter against a real DynamoDB (Local), with the table template.yaml defines. */
class DynamoDbProgressStoreIT {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static DynamoDbLocal dynamoDb;
    private static DynamoDbProgressStore store;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        store = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void someoneNeverSavedHasNoRecord() {
        assertThat(store.load("never-seen")).isEqualTo(StoredProgress.NONE);
    }

    @Test
    void whatIsWrittenIsReadBackWithItsVersion() {
        Progress progress = new Progress(2, LocalDate.of(2026, 11, 20));

        assertThat(store.write("user-a", progress, StoredProgress.ABSENT)).hasValue(1);

        assertThat(store.load("user-a")).isEqualTo(new StoredProgress(progress, 1));
    }

    @Test
    void soundsTurnedOffAreReadBackAndTurningThemOnAgainRemovesTheField() {
        Progress quiet = new Progress(2, LocalDate.of(2026, 11, 20)).withSoundsOff(true);
        store.write("user-sounds", quiet, StoredProgress.ABSENT);

        assertThat(store.load("user-sounds")).isEqualTo(new StoredProgress(quiet, 1));

        store.write("user-sounds", quiet.withSoundsOff(false), 1);
        assertThat(item("user-sounds")).doesNotContainKey("soundsOff");
        assertThat(store.load("user-sounds")).isEqualTo(new StoredProgress(quiet.withSoundsOff(false), 2));
    }

    @Test
    void eachWriteRaisesTheVersionByOne() {
        store.write("user-b", new Progress(1, LocalDate.of(2026, 11, 19)), StoredProgress.ABSENT);
        assertThat(store.write("user-b", new Progress(2, LocalDate.of(2026, 11, 21)), 1)).hasValue(2);

        assertThat(store.load("user-b")).isEqualTo(new StoredProgress(new Progress(2, LocalDate.of(2026, 11, 21)), 2));
    }

    @Test
    void aWriteFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        store.write("user-e", new Progress(1, LocalDate.of(2026, 11, 19)), StoredProgress.ABSENT);
        store.write("user-e", new Progress(2, LocalDate.of(2026, 11, 20)), 1);

        assertThat(store.write("user-e", new Progress(9, LocalDate.of(2026, 11, 21)), 1)).isEqualTo(OptionalLong.empty());
        assertThat(store.write("user-e", new Progress(9, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT))
                .isEqualTo(OptionalLong.empty());

        assertThat(store.load("user-e")).isEqualTo(new StoredProgress(new Progress(2, LocalDate.of(2026, 11, 20)), 2));
    }

    @Test
    void everyWriteSetsTheExpiryTheVersionAndTheSchemaVersion() {
        store.write("user-c", new Progress(1, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT);

        Map<String, AttributeValue> item = item("user-c");
        long expected = NOW.plus(DynamoDbProgressStore.RETENTION).getEpochSecond();
        assertThat(item.get(DynamoDbProgressStore.TTL_ATTRIBUTE).n()).isEqualTo(Long.toString(expected));
        assertThat(item.get("version").n()).isEqualTo("1");
        assertThat(item.get("schemaVersion").n()).isEqualTo(Integer.toString(ProgressCodec.SCHEMA_VERSION));
    }

    @Test
    void aLaterWriteRefreshesTheExpiry() {
        store.write("user-f", new Progress(1, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT);
        Instant later = NOW.plus(Duration.ofDays(30));
        new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.fixed(later, ZoneOffset.UTC))
                .write("user-f", new Progress(2, LocalDate.of(2026, 12, 21)), 1);

        assertThat(item("user-f").get(DynamoDbProgressStore.TTL_ATTRIBUTE).n())
                .isEqualTo(Long.toString(later.plus(DynamoDbProgressStore.RETENTION).getEpochSecond()));
    }

    @Test
    void saveReplacesWhateverIsStored() {
        store.save("user-g", new Progress(1, LocalDate.of(2026, 11, 19)));
        store.save("user-g", new Progress(5, LocalDate.of(2026, 11, 21)));

        assertThat(store.load("user-g")).isEqualTo(new StoredProgress(new Progress(5, LocalDate.of(2026, 11, 21)), 2));
    }

    /*
     * The mark of a disable lives two days: DynamoDB Local deletes expired items as DynamoDB does, so
     * these tests run at the machine's own time.
     */
    private static final Instant LIVE_NOW = Instant.now();
    private static DynamoDbProgressStore live() {
        return new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.fixed(LIVE_NOW, ZoneOffset.UTC));
    }

    @Test
    void deleteForgetsThePersonAndLeavesOnlyAShortLivedMark() {
        live().write("user-d", new Progress(1, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT);

        live().delete("user-d");

        StoredProgress left = live().load("user-d");
        assertThat(left.closed()).isTrue();
        assertThat(left.progress()).isEqualTo(Progress.NEW);
        assertThat(item("user-d")).containsOnlyKeys("userId", "version", "disabledAt", "expiresAt");
        assertThat(Long.parseLong(item("user-d").get("expiresAt").n()))
                .isEqualTo(LIVE_NOW.plus(DynamoDbProgressStore.DISABLED_MARK_KEPT).getEpochSecond());
    }

    @Test
    void aWriteBasedOnWhatWasReadBeforeTheDisableIsRefused() {
        live().write("user-h", new Progress(1, LocalDate.of(2026, 11, 20)), StoredProgress.ABSENT);
        live().delete("user-h");

        assertThat(live().write("user-h", new Progress(2, LocalDate.of(2026, 11, 21)), 1)).isEmpty();
        assertThat(live().write("user-h", new Progress(2, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT)).isEmpty();

        assertThat(live().load("user-h").closed()).isTrue();
    }

    @Test
    void aSessionThatReadTheMarkStartsAfreshAndIsKept() {
        live().write("user-i", new Progress(4, LocalDate.of(2026, 11, 20)), StoredProgress.ABSENT);
        live().delete("user-i");
        StoredProgress mark = live().load("user-i");

        assertThat(live().write("user-i", new Progress(1, LocalDate.of(2026, 11, 21)), mark.version())).isPresent();

        StoredProgress again = live().load("user-i");
        assertThat(again.closed()).isFalse();
        assertThat(again.progress()).isEqualTo(new Progress(1, LocalDate.of(2026, 11, 21)));
        assertThat(item("user-i")).doesNotContainKey("disabledAt");
    }

    @Test
    void aRecordPastItsExpiryIsNoRecordAndIsReplacedByTheNextWrite() {
        // Expired for the store, ten days ahead; not yet for DynamoDB Local, which deletes expired items itself.
        Instant tenDaysOn = Instant.now().plus(Duration.ofDays(10));
        DynamoDbProgressStore later = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE,
                Clock.fixed(tenDaysOn, ZoneOffset.UTC));
        Map<String, AttributeValue> expired = ProgressItem.toItem("user-j", new Progress(7, LocalDate.of(2025, 1, 1))
                .finished(LocalDate.of(2025, 1, 1)), 5, tenDaysOn.minus(Duration.ofDays(5)).getEpochSecond());
        dynamoDb.client().putItem(put -> put.tableName(DynamoDbLocal.LOCAL_TABLE).item(expired));

        assertThat(later.load("user-j")).isEqualTo(StoredProgress.NONE);
        assertThat(later.write("user-j", new Progress(1, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT)).hasValue(1);

        assertThat(later.load("user-j")).isEqualTo(new StoredProgress(new Progress(1, LocalDate.of(2026, 11, 21)), 1));
        assertThat(item("user-j").get("sessions").n()).isEqualTo("0");
    }

    @Test
    void fieldsOfANewerSchemaAreKeptWhenTheRecordIsWritten() {
        store.write("user-k", new Progress(1, LocalDate.of(2026, 11, 20)), StoredProgress.ABSENT);
        dynamoDb.client().updateItem(update -> update.tableName(DynamoDbLocal.LOCAL_TABLE)
                .key(Map.of("userId", AttributeValue.fromS("user-k")))
                .updateExpression("SET schemaVersion = :nine, mood = :mood, favourites = :favourites")
                .expressionAttributeValues(Map.of(":nine", AttributeValue.fromN("9"), ":mood", AttributeValue.fromS("great"),
                        ":favourites", AttributeValue.fromL(List.of(AttributeValue.fromS("cat-cow"))))));

        StoredProgress read = store.load("user-k");
        assertThat(store.write("user-k", read.progress().visited(LocalDate.of(2026, 11, 21)), read.version())).hasValue(2);

        Map<String, AttributeValue> item = item("user-k");
        assertThat(item.get("mood").s()).isEqualTo("great");
        assertThat(item.get("favourites").l()).containsExactly(AttributeValue.fromS("cat-cow"));
        assertThat(item.get("visits").n()).isEqualTo("2");
    }

    @Test
    void aFieldTheProgressNoLongerHasIsRemoved() {
        Progress inRoutine = new Progress(1, LocalDate.of(2026, 11, 21)).reached("desk-break", 2, NOW);
        store.write("user-l", inRoutine, StoredProgress.ABSENT);

        store.write("user-l", inRoutine.withoutPlace(), 1);

        assertThat(item("user-l")).doesNotContainKeys("routine", "step", "savedAt");
        assertThat(store.load("user-l").progress().savedPlace()).isEmpty();
    }

    private static Map<String, AttributeValue> item(String userId) {
        return item(dynamoDb, userId);
    }

    /** The item as DynamoDB holds it, read consistently. */
    static Map<String, AttributeValue> item(DynamoDbLocal dynamoDb, String userId) {
        return dynamoDb.client().getItem(get -> get.tableName(DynamoDbLocal.LOCAL_TABLE).consistentRead(true)
                .key(Map.of(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS(userId)))).item();
    }
}
