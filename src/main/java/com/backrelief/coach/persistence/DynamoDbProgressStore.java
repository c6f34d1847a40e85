package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.ProgressSync;
import com.backrelief.coach.domain.progress.StoredProgress;
import com.backrelief.coach.logging.RequestLog;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Keeps each person's {@link Progress} in one DynamoDB item keyed by the Alexa user id. Every write
 * is conditional on the version read; every failure of the SDK leaves as {@link ProgressStore.Unavailable}.
 */
public final class DynamoDbProgressStore implements ProgressStore {

    /** The table's partition key; {@code template.yaml} declares the same name. */
    public static final String PARTITION_KEY = "userId";
    /** Epoch seconds after which DynamoDB deletes an untouched item; {@code template.yaml} enables TTL on it. */
    public static final String TTL_ATTRIBUTE = "expiresAt";
    /** How long a record is kept after the person's last change. */
    public static final Duration RETENTION = Duration.ofDays(400);

    /**
     * No record yet, or one without a usable version (written before versions, or damaged): such a
     * record was read as version {@link StoredProgress#ABSENT} and may be replaced.
     */
    static final String NO_VERSION = "attribute_not_exists(#v) OR NOT attribute_type(#v, :number) OR #v < :first";
    static final String SAME_VERSION = "#v = :expected";

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
    public StoredProgress load(String userId) {
        RequestLog.current().countRead();
        Map<String, AttributeValue> item = call(() -> client().getItem(get -> get
                .tableName(table)
                .key(key(userId))
                .consistentRead(true)).item());
        return item == null || item.isEmpty() ? StoredProgress.NONE : ProgressItem.fromItem(item);
    }

    @Override
    public OptionalLong write(String userId, Progress progress, long expectedVersion) {
        long expiresAt = clock.instant().plus(RETENTION).getEpochSecond();
        Map<String, AttributeValue> item = ProgressItem.toItem(userId, progress, expectedVersion + 1, expiresAt);
        RequestLog.current().countWrite();
        try {
            call(() -> client().putItem(put -> put.tableName(table).item(item)
                    .expressionAttributeNames(Map.of("#v", ProgressItem.VERSION))
                    .conditionExpression(expectedVersion == StoredProgress.ABSENT ? NO_VERSION : SAME_VERSION)
                    .expressionAttributeValues(expectedVersion == StoredProgress.ABSENT
                            ? Map.of(":number", AttributeValue.fromS("N"), ":first", AttributeValue.fromN("1"))
                            : Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))));
        } catch (ConditionalCheckFailedException someoneElseWroteFirst) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(expectedVersion + 1);
    }

    /**
     * Replaces the person's record with {@code progress}, whatever it holds: how the local tools
     * and the benchmark seed a record. The skill never does this: it writes through
     * {@link ProgressSync}, which merges.
     */
    public void save(String userId, Progress progress) {
        for (int attempt = 1; attempt <= ProgressSync.MAX_ATTEMPTS; attempt++) {
            if (write(userId, progress, load(userId).version()).isPresent()) {
                return;
            }
        }
        throw new ProgressStore.Unavailable("The record kept changing while it was replaced", null);
    }

    @Override
    public void delete(String userId) {
        RequestLog.current().countWrite();
        call(() -> client().deleteItem(delete -> delete.tableName(table).key(key(userId))));
    }

    /** The client, once built; a client that could not be built is a store that cannot be reached. */
    private DynamoDbClient client() {
        try {
            return client.get();
        } catch (RuntimeException e) {
            throw new ProgressStore.Unavailable("The DynamoDB client could not be built", e);
        }
    }

    /** Runs one SDK call; its failures (after the client's own retries) leave as {@link ProgressStore.Unavailable}. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException conflict) {
            throw conflict;
        } catch (SdkException e) {
            throw new ProgressStore.Unavailable("DynamoDB call failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, AttributeValue> key(String userId) {
        return Map.of(PARTITION_KEY, AttributeValue.fromS(userId));
    }
}
