package com.backrelief.coach.support;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.StoredProgress;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake {@link ProgressStore} for unit tests, with the same version rules as DynamoDB's conditional
 * writes, counting reads and writes. {@link #goDown()} makes every call fail as an unreachable table would.
 */
public final class InMemoryProgressStore implements ProgressStore {

    private final Map<String, StoredProgress> records = new ConcurrentHashMap<>();
    public final AtomicInteger loads = new AtomicInteger();
    public final AtomicInteger saves = new AtomicInteger();
    private volatile boolean down;
    private volatile boolean loseNextAnswer;
    private volatile boolean holdNextWrite;
    private volatile Runnable held;
    private final Map<String, String> writeTokens = new ConcurrentHashMap<>();

    @Override
    public StoredProgress load(String userId) {
        loads.incrementAndGet();
        failIfDown();
        return records.getOrDefault(userId, StoredProgress.NONE);
    }

    @Override
    public OptionalLong write(String userId, Progress progress, long expectedVersion) {
        return write(userId, progress, expectedVersion, java.util.UUID.randomUUID().toString());
    }

    @Override
    public OptionalLong write(String userId, Progress progress, long expectedVersion, String writeToken) {
        saves.incrementAndGet();
        failIfDown();
        if (holdNextWrite) {
            holdNextWrite = false;
            held = () -> write(userId, progress, expectedVersion, writeToken);
            throw new ProgressStore.Unavailable("The write is on its way, late; no answer came (test)", null);
        }
        long[] written = {-1};
        records.compute(userId, (id, stored) -> {
            long version = stored == null ? StoredProgress.ABSENT : stored.version();
            if (version != expectedVersion) {
                return stored;
            }
            written[0] = expectedVersion + 1;
            writeTokens.put(userId, writeToken);
            return new StoredProgress(progress, expectedVersion + 1);
        });
        if (written[0] >= 0 && loseNextAnswer) {
            loseNextAnswer = false;
            throw new ProgressStore.Unavailable("The write was applied; its answer was lost (test)", null);
        }
        return written[0] < 0 ? OptionalLong.empty() : OptionalLong.of(written[0]);
    }

    /**
     * Holds the token of the latest write only: enough for one session's unanswered write. A write
     * held back ({@link #holdNextWrite}) lands just after this first says it is not there.
     */
    @Override
    public boolean holdsWrite(String userId, String writeToken) {
        loads.incrementAndGet();
        failIfDown();
        boolean holds = writeToken.equals(writeTokens.get(userId));
        Runnable late = held;
        held = null;
        if (late != null) {
            late.run();
        }
        return holds;
    }

    /** The next write gets no answer and is not applied yet: it lands late, right after the record is next asked about it. */
    public void holdNextWrite() {
        holdNextWrite = true;
    }

    /** The next write that goes through is applied, and then fails as if its answer never came. */
    public void loseNextAnswer() {
        loseNextAnswer = true;
    }

    @Override
    public void delete(String userId) {
        failIfDown();
        records.remove(userId);
    }

    public Optional<Progress> get(String userId) {
        return Optional.ofNullable(records.get(userId)).map(StoredProgress::progress);
    }

    public long version(String userId) {
        return records.getOrDefault(userId, StoredProgress.NONE).version();
    }

    /** Stores {@code progress} as another device would: over whatever is there, with the next version. */
    public void put(String userId, Progress progress) {
        put(userId, progress, false);
    }

    /** Stores a record that reads back as outdated (an old schema, damaged fields), as a repaired read reports it. */
    public void putOutdated(String userId, Progress progress) {
        put(userId, progress, true);
    }

    private void put(String userId, Progress progress, boolean outdated) {
        records.compute(userId, (id, stored) ->
                new StoredProgress(progress, (stored == null ? StoredProgress.ABSENT : stored.version()) + 1, outdated));
    }

    /** From now on every call fails, as when the table cannot be reached. */
    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    private void failIfDown() {
        if (down) {
            throw new ProgressStore.Unavailable("The table is down (test)", null);
        }
    }
}
