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
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps each person's {@link Progress} in one DynamoDB item keyed by the Alexa user id. Every write
 * is conditional on the version read and leaves a token of its own in the item (the latest {@value ProgressItem#WRITE_TOKEN_SLOTS} are kept), so a write whose
 * answer was lost (the SDK tried again, and the retry met the version the first try had already
 * raised) is recognised as this store's own and reported as written, never applied twice. A write
 * updates the progress fields only: fields a newer version of the skill added stay as they are.
 * Every failure of the SDK leaves as {@link ProgressStore.Unavailable}.
 */
public final class DynamoDbProgressStore implements ProgressStore {

    /** The table's partition key; {@code template.yaml} declares the same name. */
    public static final String PARTITION_KEY = "userId";
    /** Epoch seconds after which DynamoDB deletes an untouched item; {@code template.yaml} enables TTL on it. */
    public static final String TTL_ATTRIBUTE = "expiresAt";
    /** How long a record is kept after the person's last change. */
    public static final Duration RETENTION = Duration.ofDays(400);
    /**
     * How long the mark left by disabling the skill is kept: longer than any session lasts, so a
     * session still open on a device cannot bring the record back.
     */
    public static final Duration DISABLED_MARK_KEPT = Duration.ofDays(2);

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
        return ProgressItem.fromItem(item(userId), clock.instant().getEpochSecond());
    }

    private Map<String, AttributeValue> item(String userId) {
        return call(() -> client().getItem(get -> get
                .tableName(table)
                .key(key(userId))
                .consistentRead(true)).item());
    }

    @Override
    public OptionalLong write(String userId, Progress progress, long expectedVersion) {
        return write(userId, progress, expectedVersion, UUID.randomUUID().toString().substring(0, 12));
    }

    @Override
    public OptionalLong write(String userId, Progress progress, long expectedVersion, String token) {
        Map<String, AttributeValue> old;
        try {
            update(userId, progress, expectedVersion, token, expectedVersion == StoredProgress.ABSENT
                    ? Condition.noVersion() : Condition.version(AttributeValue.fromN(Long.toString(expectedVersion))));
            return OptionalLong.of(expectedVersion + 1);
        } catch (ConditionalCheckFailedException refused) {
            old = refused.hasItem() && !refused.item().isEmpty() ? refused.item() : item(userId);
        }
        if (ProgressItem.wroteWith(old, token)) {
            // This write went through; its answer did not arrive, and the SDK's retry met the version it had raised.
            RequestLog.current().storage("own-write-recognised");
            return OptionalLong.of(expectedVersion + 1);
        }
        if (expectedVersion == StoredProgress.ABSENT && old != null && !old.isEmpty()) {
            return replaceUnusable(userId, progress, token, old);
        }
        return OptionalLong.empty();
    }

    @Override
    public boolean holdsWrite(String userId, String writeToken) {
        RequestLog.current().countRead();
        return ProgressItem.wroteWith(item(userId), writeToken);
    }

    /**
     * A record read as absent that a write from {@link StoredProgress#ABSENT} could not replace: one
     * past its expiry, or one whose version is a number but no usable one ({@code 2^63}, {@code 1e30},
     * {@code 5.5}). It is replaced once more, on condition that it is still exactly as seen.
     */
    private OptionalLong replaceUnusable(String userId, Progress progress, String token, Map<String, AttributeValue> old) {
        long now = clock.instant().getEpochSecond();
        StoredProgress seen = ProgressItem.fromItem(old, now);
        AttributeValue oldVersion = old.get(ProgressItem.VERSION);
        if (seen.version() != StoredProgress.ABSENT || seen.closed() || oldVersion == null) {
            return OptionalLong.empty();
        }
        try {
            if (ProgressItem.expired(old, now)) {
                RequestLog.current().countWrite();
                call(() -> client().putItem(put -> put.tableName(table)
                        .item(withToken(ProgressItem.toItem(userId, progress, 1, expiresAt()), 1, token))
                        .conditionExpression("#exp = :exp")
                        .expressionAttributeNames(Map.of("#exp", TTL_ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":exp", old.get(TTL_ATTRIBUTE)))));
            } else {
                update(userId, progress, StoredProgress.ABSENT, token, Condition.version(oldVersion));
            }
            return OptionalLong.of(1);
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return OptionalLong.empty();
        }
    }

    /** A condition on the version, as an expression with its own values. */
    private record Condition(String expression, Map<String, AttributeValue> values) {

        static Condition noVersion() {
            return new Condition(NO_VERSION, Map.of(":number", AttributeValue.fromS("N"), ":first", AttributeValue.fromN("1")));
        }

        static Condition version(AttributeValue expected) {
            return new Condition(SAME_VERSION, Map.of(":expected", expected));
        }
    }

    /**
     * Sets the progress fields, the version, the expiry and this write's token, and removes the
     * progress fields {@code progress} does not have and any mark of a disable; other fields stay.
     */
    private void update(String userId, Progress progress, long expectedVersion, String token, Condition condition) {
        Map<String, AttributeValue> set = new HashMap<>(ProgressItem.fields(progress));
        long version = expectedVersion + 1;
        set.put(ProgressItem.VERSION, AttributeValue.fromN(Long.toString(version)));
        set.put(TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt())));
        set.put(ProgressItem.writeTokenFor(version), AttributeValue.fromS(token));
        List<String> remove = new ArrayList<>(ProgressCodec.FIELDS.stream().filter(field -> !set.containsKey(field)).sorted().toList());
        remove.add(ProgressItem.DISABLED_AT);

        Map<String, String> names = new HashMap<>(Map.of("#v", ProgressItem.VERSION));
        Map<String, AttributeValue> values = new HashMap<>(condition.values());
        List<String> assignments = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> field : set.entrySet()) {
            String name = field.getKey().equals(ProgressItem.VERSION) ? "#v" : "#s" + i;
            names.put(name, field.getKey());
            values.put(":s" + i, field.getValue());
            assignments.add(name + " = :s" + i++);
        }
        List<String> removals = new ArrayList<>();
        for (String field : remove) {
            names.put("#r" + removals.size(), field);
            removals.add("#r" + removals.size());
        }
        String expression = "SET " + String.join(", ", assignments) + " REMOVE " + String.join(", ", removals);
        RequestLog.current().countWrite();
        call(() -> client().updateItem(update -> update.tableName(table).key(key(userId))
                .updateExpression(expression)
                .conditionExpression(condition.expression())
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
    }

    private long expiresAt() {
        return clock.instant().plus(RETENTION).getEpochSecond();
    }

    private static Map<String, AttributeValue> withToken(Map<String, AttributeValue> item, long version, String token) {
        Map<String, AttributeValue> withToken = new HashMap<>(item);
        withToken.put(ProgressItem.writeTokenFor(version), AttributeValue.fromS(token));
        return withToken;
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

    /**
     * Forgets the person: the record is replaced by a mark holding nothing but the key, a version, when
     * the skill was disabled and a short expiry ({@link #DISABLED_MARK_KEPT}). A session that read the
     * record before cannot write over the mark; a session that begins after it starts afresh.
     */
    @Override
    public void delete(String userId) {
        Instant now = clock.instant();
        Map<String, AttributeValue> mark = Map.of(
                PARTITION_KEY, AttributeValue.fromS(userId),
                // Above any version a record reaches by counting, so no session's base matches it.
                ProgressItem.VERSION, AttributeValue.fromN(Long.toString(Math.max(1, now.toEpochMilli()))),
                ProgressItem.DISABLED_AT, AttributeValue.fromN(Long.toString(now.getEpochSecond())),
                TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(now.plus(DISABLED_MARK_KEPT).getEpochSecond())));
        RequestLog.current().countWrite();
        call(() -> client().putItem(put -> put.tableName(table).item(mark)));
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
