package com.backrelief.coach.persistence;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

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
    void someoneNeverSavedHasNoProgress() {
        assertThat(store.load("never-seen")).isEmpty();
    }

    @Test
    void whatIsSavedIsReadBack() {
        Progress progress = new Progress(2, LocalDate.of(2026, 11, 20));

        store.save("user-a", progress);

        assertThat(store.load("user-a")).contains(progress);
    }

    @Test
    void aSecondSaveReplacesTheFirst() {
        store.save("user-b", new Progress(1, LocalDate.of(2026, 11, 19)));
        store.save("user-b", new Progress(2, LocalDate.of(2026, 11, 21)));

        assertThat(store.load("user-b")).contains(new Progress(2, LocalDate.of(2026, 11, 21)));
    }

    @Test
    void everyWriteSetsTheExpiryAndTheSchemaVersion() {
        store.save("user-c", new Progress(1, LocalDate.of(2026, 11, 21)));

        Map<String, AttributeValue> item = dynamoDb.client()
                .getItem(get -> get.tableName(DynamoDbLocal.LOCAL_TABLE)
                        .key(Map.of(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS("user-c")))).item();
        long expected = NOW.plus(DynamoDbProgressStore.RETENTION).getEpochSecond();
        assertThat(item.get(DynamoDbProgressStore.TTL_ATTRIBUTE).n()).isEqualTo(Long.toString(expected));
        assertThat(item.get("schemaVersion").n()).isEqualTo(Integer.toString(ProgressCodec.SCHEMA_VERSION));
    }

    @Test
    void deleteForgetsThePerson() {
        store.save("user-d", new Progress(1, LocalDate.of(2026, 11, 21)));

        store.delete("user-d");

        assertThat(store.load("user-d")).isEmpty();
    }
}
