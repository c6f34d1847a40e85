package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.logging.RequestLog;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Keeps each person's {@link Progress} in one DynamoDB item keyed by the Alexa user id. */
public final class DynamoDbProgressStore implements ProgressStore {

    /** The table's partition key; {@code template.yaml} declares the same name. */
    public static final String PARTITION_KEY = "userId";
    /** Epoch seconds after which DynamoDB deletes an untouched item; {@code template.yaml} enables TTL on it. */
    public static final String TTL_ATTRIBUTE = "expiresAt";
    /** How long a record is kept after the person's last change. */
    public static final Duration RETENTION = Duration.ofDays(400);

    private final Supplier<DynamoDbClient> client;
    private final String table;
    private final Clock clock;

    public DynamoDbProgressStore(DynamoDbClient dynamoDb, String table, Clock clock) {
        this(() -> dynamoDb, table, clock);
    }

    /** With a client that may still be being built (see {@code CoachStreamHandler}): asked for on first use. */
    public DynamoDbProgressStore(Supplier<DynamoDbClient> client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<Progress> load(String userId) {
        RequestLog.current().countRead();
        Map<String, AttributeValue> item = client.get().getItem(get -> get
                .tableName(table)
                .key(key(userId))
                .consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProgressCodec.fromMap(AttributeValues.toPlain(item)));
    }

    @Override
    public void save(String userId, Progress progress) {
        Map<String, AttributeValue> item = new HashMap<>(AttributeValues.fromPlain(ProgressCodec.toMap(progress)));
        item.putAll(key(userId));
        long expiresAt = clock.instant().plus(RETENTION).getEpochSecond();
        item.put(TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt)));
        RequestLog.current().countWrite();
        client.get().putItem(put -> put.tableName(table).item(item));
    }

    @Override
    public void delete(String userId) {
        RequestLog.current().countWrite();
        client.get().deleteItem(delete -> delete.tableName(table).key(key(userId)));
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(userId));
    }

    /** The attribute names this store writes besides the progress fields. */
    public static List<String> keyAttributes() {
        return List.of(PARTITION_KEY, TTL_ATTRIBUTE);
    }
}
