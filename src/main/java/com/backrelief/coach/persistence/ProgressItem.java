package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One person's DynamoDB item: the progress fields ({@link ProgressCodec}), the key, the version and
 * the expiry. Reading never fails: an item that does not re-encode to exactly the fields it has
 * (an older or newer schema, missing, extra or unreadable fields, too many days) is read for what
 * can be read and reported as outdated, so it gets written again in the current shape.
 */
final class ProgressItem {

    /** Raised by one on every write; writes are conditional on it. */
    static final String VERSION = "version";

    private ProgressItem() {
    }

    static Map<String, AttributeValue> toItem(String userId, Progress progress, long version, long expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(AttributeValues.fromPlain(ProgressCodec.toMap(progress)));
        item.put(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS(userId));
        item.put(VERSION, AttributeValue.fromN(Long.toString(version)));
        item.put(DynamoDbProgressStore.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt)));
        return item;
    }

    static StoredProgress fromItem(Map<String, AttributeValue> item) {
        long version = version(item.get(VERSION));
        Map<String, AttributeValue> fields = new HashMap<>(item);
        fields.remove(DynamoDbProgressStore.PARTITION_KEY);
        fields.remove(VERSION);
        AttributeValue expiresAt = fields.remove(DynamoDbProgressStore.TTL_ATTRIBUTE);
        Progress progress;
        try {
            progress = ProgressCodec.fromMap(AttributeValues.toPlain(fields));
        } catch (RuntimeException unreadable) {
            return new StoredProgress(Progress.NEW, version, true);
        }
        boolean current = AttributeValues.fromPlain(ProgressCodec.toMap(progress)).equals(fields)
                && version != StoredProgress.ABSENT && expiresAt != null && expiresAt.n() != null;
        return new StoredProgress(progress, version, !current);
    }

    /**
     * The item's version, or {@link StoredProgress#ABSENT} when it has none that can be used (an item
     * from before versions, or one whose version is not a positive whole number).
     */
    private static long version(AttributeValue value) {
        if (value == null || value.n() == null) {
            return StoredProgress.ABSENT;
        }
        try {
            long version = new BigDecimal(value.n()).longValueExact();
            return Math.max(StoredProgress.ABSENT, version);
        } catch (ArithmeticException | NumberFormatException unusable) {
            return StoredProgress.ABSENT;
        }
    }
}
