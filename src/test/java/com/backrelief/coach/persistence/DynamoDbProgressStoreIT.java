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

    @Test
    void deleteForgetsThePerson() {
        store.write("user-d", new Progress(1, LocalDate.of(2026, 11, 21)), StoredProgress.ABSENT);

        store.delete("user-d");

        assertThat(store.load("user-d")).isEqualTo(StoredProgress.NONE);
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
