package com.backrelief.coach.persistence;

import com.backrelief.coach.devtools.DynamoDbLocal;
import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.ProgressStore;
import com.backrelief.coach.domain.progress.ProgressSync;
import com.backrelief.coach.domain.progress.SessionHistory;
import com.backrelief.coach.domain.progress.StoredProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person, two devices, both finishing routines as fast as they can against DynamoDB (Local):
 * every routine and every day is kept, because every write is conditional on the version read and
 * a refused write is merged and tried again. Without the condition, one device overwrites the other.
 */
class ConcurrentDevicesIT {

    private static final int ROUTINES_EACH = 100;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 1);

    private static DynamoDbLocal dynamoDb;
    private static DynamoDbProgressStore store;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
        store = new DynamoDbProgressStore(dynamoDb.client(), DynamoDbLocal.LOCAL_TABLE, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    /**
     * A device as the skill runs it: its own copy (what it last read or wrote, and its change), each
     * routine finished written through {@link ProgressSync}; a change still contended stays pending
     * and goes with the next write.
     */
    private static final class Device {

        private final String userId;
        private final ProgressSync sync;
        private StoredProgress base;
        private Progress mine;
        private int merged;

        Device(String userId, ProgressStore store) {
            this.userId = userId;
            this.sync = new ProgressSync(store, ProgressSync.Backoff.jittered());
            this.base = store.load(userId);
            this.mine = base.progress();
        }

        void finish(LocalDate day) {
            mine = mine.finished(day);
            write();
        }

        boolean write() {
            sync.save(userId, base, mine, () -> true).ifPresent(written -> {
                merged += written.merged() ? 1 : 0;
                base = written.stored();
                mine = base.progress();
            });
            return mine.equals(base.progress());
        }
    }

    /**
     * Two devices, each finishing its routines on its own days, started together; the history
     * stored at the end. {@code merges} receives how many writes had to merge the other's change.
     */
    private static SessionHistory twoDevices(String userId, ProgressStore through, int[] merges) throws Exception {
        IntFunction<LocalDate> kitchen = i -> FIRST_DAY.plusDays(i / 2);
        IntFunction<LocalDate> bedroom = i -> FIRST_DAY.plusDays(10 + i / 2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Device one = new Device(userId, through);
            Device other = new Device(userId, through);
            CompletableFuture<?> first = CompletableFuture.runAsync(() -> run(one, kitchen, go), threads);
            CompletableFuture<?> second = CompletableFuture.runAsync(() -> run(other, bedroom, go), threads);
            go.countDown();
            CompletableFuture.allOf(first, second).get(120, TimeUnit.SECONDS);
            merges[0] = one.merged + other.merged;
        } finally {
            threads.shutdownNow();
        }
        return store.load(userId).progress().history();
    }

    private static void run(Device device, IntFunction<LocalDate> dayOf, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = 0; i < ROUTINES_EACH; i++) {
            device.finish(dayOf.apply(i));
        }
        for (int flushes = 0; !device.write() && flushes < 20; flushes++) {
            // a change still pending after its last routine: the device's next turn writes it
        }
    }

    @Test
    void twoDevicesFinishingAHundredRoutinesEachAtOnceKeepAllTwoHundredAndEveryDay() throws Exception {
        int[] merges = {0};
        SessionHistory history = twoDevices("two-devices", store, merges);

        assertThat(merges[0]).as("writes that met the other device's change and merged it").isPositive();
        assertThat(history.total()).isEqualTo(2 * ROUTINES_EACH);
        assertThat(history.days()).hasSize(SessionHistory.DAYS_KEPT)
                .startsWith(FIRST_DAY).endsWith(FIRST_DAY.plusDays(SessionHistory.DAYS_KEPT - 1L));
        assertThat(history.runStart()).isEqualTo(FIRST_DAY);
        assertThat(history.longest()).isEqualTo(SessionHistory.DAYS_KEPT);
    }

    @Test
    void withoutTheConditionOneDeviceOverwritesTheOther() throws Exception {
        SessionHistory history = twoDevices("two-devices-unconditional", new UnconditionalWrites(), new int[1]);

        assertThat(history.total()).isLessThan(2 * ROUTINES_EACH);
    }

    /** The adapter as it would be without the condition expression: every write goes through. */
    private static final class UnconditionalWrites implements ProgressStore {

        @Override
        public StoredProgress load(String userId) {
            return store.load(userId);
        }

        @Override
        public OptionalLong write(String userId, Progress progress, long expectedVersion) {
            dynamoDb.client().putItem(put -> put.tableName(DynamoDbLocal.LOCAL_TABLE)
                    .item(ProgressItem.toItem(userId, progress, expectedVersion + 1, 0)));
            return OptionalLong.of(expectedVersion + 1);
        }

        @Override
        public void delete(String userId) {
            store.delete(userId);
        }
    }
}
