package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One person's DynamoDB item: the progress fields ({@link ProgressCodec}), the key, the version, the
 * expiry and the tokens of the latest writes. Reading never fails: an item whose progress fields do
 * not re-encode to exactly the fields it has (an older or newer schema, missing or unreadable fields,
 * too many days) is read for what can be read and reported as outdated, so it gets written again in
 * the current shape. Fields this version does not know are left out of the comparison and are never
 * written over (a newer version of the skill put them there). An item past its expiry that DynamoDB
 * has not deleted yet is no record; an item marked {@value #DISABLED_AT} is what is left of someone
 * who disabled the skill.
 */
final class ProgressItem {

    /** Raised by one on every write; writes are conditional on it. */
    static final String VERSION = "version";
    /** When the person disabled the skill (epoch seconds): the item holds nothing else but its key, version and expiry. */
    static final String DISABLED_AT = "disabledAt";
    /**
     * The tokens of the latest writes, one short attribute per slot ({@code wt0} to {@code wt31}), so a
     * write whose answer was lost can be recognised: even two devices talking at full speed do not
     * write 32 times while one write waits for its answer.
     */
    static final String WRITE_TOKEN = "wt";
    static final int WRITE_TOKEN_SLOTS = 32;

    /** What the store keeps beside the progress fields. */
    static final Set<String> STORE_FIELDS = Stream.concat(
            Stream.of(DynamoDbProgressStore.PARTITION_KEY, VERSION, DynamoDbProgressStore.TTL_ATTRIBUTE, DISABLED_AT),
            IntStream.range(0, WRITE_TOKEN_SLOTS).mapToObj(ProgressItem::writeTokenSlot)).collect(Collectors.toUnmodifiableSet());

    private ProgressItem() {
    }

    static String writeTokenSlot(int slot) {
        return WRITE_TOKEN + slot;
    }

    /** The slot a write to {@code version} leaves its token in: the latest {@value #WRITE_TOKEN_SLOTS} writes are kept. */
    static String writeTokenFor(long version) {
        return writeTokenSlot((int) Math.floorMod(version, (long) WRITE_TOKEN_SLOTS));
    }

    /** The progress fields of {@code progress}, as attributes. */
    static Map<String, AttributeValue> fields(Progress progress) {
        return AttributeValues.fromPlain(ProgressCodec.toMap(progress));
    }

    static Map<String, AttributeValue> toItem(String userId, Progress progress, long version, long expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(fields(progress));
        item.put(DynamoDbProgressStore.PARTITION_KEY, AttributeValue.fromS(userId));
        item.put(VERSION, AttributeValue.fromN(Long.toString(version)));
        item.put(DynamoDbProgressStore.TTL_ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt)));
        return item;
    }

    /** The item read at {@code nowEpochSecond}. */
    static StoredProgress fromItem(Map<String, AttributeValue> item, long nowEpochSecond) {
        if (item == null || item.isEmpty() || expired(item, nowEpochSecond)) {
            return StoredProgress.NONE;
        }
        long version = version(item.get(VERSION));
        if (item.containsKey(DISABLED_AT)) {
            return StoredProgress.closed(version);
        }
        Map<String, AttributeValue> fields = new HashMap<>(item);
        fields.keySet().removeAll(STORE_FIELDS);
        fields.keySet().retainAll(ProgressCodec.FIELDS);
        Progress progress;
        try {
            progress = ProgressCodec.fromMap(AttributeValues.toPlain(fields));
        } catch (RuntimeException unreadable) {
            return new StoredProgress(Progress.NEW, version, true);
        }
        AttributeValue expiresAt = item.get(DynamoDbProgressStore.TTL_ATTRIBUTE);
        boolean current = fields(progress).equals(fields)
                && version != StoredProgress.ABSENT && expiresAt != null && expiresAt.n() != null;
        return new StoredProgress(progress, version, !current);
    }

    /** Past its expiry: DynamoDB deletes such items within days, and until then they are no record. */
    static boolean expired(Map<String, AttributeValue> item, long nowEpochSecond) {
        return expiry(item).map(expiresAt -> expiresAt.compareTo(BigDecimal.valueOf(nowEpochSecond)) < 0).orElse(false);
    }

    private static Optional<BigDecimal> expiry(Map<String, AttributeValue> item) {
        AttributeValue value = item.get(DynamoDbProgressStore.TTL_ATTRIBUTE);
        if (value == null || value.n() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.n()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the item holds {@code token} among the tokens of its latest writes. */
    static boolean wroteWith(Map<String, AttributeValue> item, String token) {
        return item != null && IntStream.range(0, WRITE_TOKEN_SLOTS)
                .mapToObj(slot -> item.get(writeTokenSlot(slot)))
                .anyMatch(value -> value != null && token.equals(value.s()));
    }

    /**
     * The item's version, or {@link StoredProgress#ABSENT} when it has none that can be used (an item
     * from before versions, or one whose version is not a positive whole number that fits a long).
     */
    static long version(AttributeValue value) {
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
