package com.backrelief.coach.domain.progress;

import com.backrelief.coach.support.InMemoryProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing a session's change while another device may be writing too: merged, retried, bounded. */
class ProgressSyncTest {

    private static final String USER = "user";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final InMemoryProgressStore records = new InMemoryProgressStore();
    private final List<Integer> pauses = new ArrayList<>();

    /** The store, with another device writing (one more finished routine) just before each of the first {@code others} writes. */
    private ProgressStore contended(int others) {
        return new ProgressStore() {
            private int left = others;

            @Override
            public StoredProgress load(String userId) {
                return records.load(userId);
            }

            @Override
            public OptionalLong write(String userId, Progress progress, long expectedVersion) {
                if (left-- > 0) {
                    records.put(userId, records.get(userId).orElse(Progress.NEW).finished(TODAY.minusDays(1)));
                }
                return records.write(userId, progress, expectedVersion);
            }

            @Override
            public void delete(String userId) {
                records.delete(userId);
            }
        };
    }

    private ProgressSync sync(ProgressStore store) {
        return new ProgressSync(store, pauses::add);
    }

    @Test
    void withNobodyElseWritingTheChangeIsWrittenAtOnce() {
        StoredProgress base = records.load(USER);

        var written = sync(records).save(USER, base, base.progress().finished(TODAY), () -> true);

        assertThat(written).hasValueSatisfying(w -> assertThat(w.merged()).isFalse());
        assertThat(records.get(USER).orElseThrow().history().total()).isEqualTo(1);
        assertThat(records.saves.get()).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }

    @ParameterizedTest(name = "{0} other writes in between: {1} writes, merged")
    @CsvSource({"1, 2", "3, 4", "7, 8"})
    void whenAnotherDeviceWroteFirstTheChangeIsMergedOntoItsRecordAndWritten(int others, int writes) {
        records.put(USER, new Progress(2, TODAY.minusDays(3)));
        StoredProgress base = records.load(USER);
        records.saves.set(0);

        var written = sync(contended(others)).save(USER, base, base.progress().visited(TODAY).finished(TODAY), () -> true);

        assertThat(written).hasValueSatisfying(w -> assertThat(w.merged()).isTrue());
        Progress stored = records.get(USER).orElseThrow();
        assertThat(stored.history().total()).isEqualTo(others + 1);
        assertThat(stored.history().days()).contains(TODAY.minusDays(1), TODAY);
        assertThat(stored.visits()).isEqualTo(3);
        assertThat(records.saves.get()).isEqualTo(writes);
        assertThat(written.get().stored()).isEqualTo(records.load(USER));
    }

    @Test
    void whenAnotherDeviceAlreadyMadeTheSameChangeNothingMoreIsWritten() {
        records.put(USER, new Progress(2, TODAY.minusDays(3)));
        StoredProgress base = records.load(USER);
        records.put(USER, base.progress().withPace(com.backrelief.coach.domain.stretching.Pace.SLOW));
        records.saves.set(0);

        var written = sync(records).save(USER, base, base.progress().withPace(com.backrelief.coach.domain.stretching.Pace.SLOW),
                () -> true);

        assertThat(records.saves.get()).as("the refused write only").isEqualTo(1);
        assertThat(written).hasValueSatisfying(w -> assertThat(w.stored()).isEqualTo(records.load(USER)));
    }

    @Test
    void afterEightContendedTriesTheChangeIsHandedBackUnwritten() {
        StoredProgress base = records.load(USER);

        var written = sync(contended(100)).save(USER, base, Progress.NEW.finished(TODAY), () -> true);

        assertThat(written).isEmpty();
        assertThat(records.saves.get()).isEqualTo(ProgressSync.MAX_ATTEMPTS);
        assertThat(pauses).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void noCallIsMadeOnceTheCallerSaysTimeIsUp() {
        StoredProgress base = records.load(USER);
        int[] calls = {0};

        var written = sync(contended(100)).save(USER, base, Progress.NEW.finished(TODAY), () -> calls[0]++ < 3);

        assertThat(written).isEmpty();
        assertThat(records.saves.get()).isEqualTo(2);
        assertThat(records.loads.get()).isEqualTo(2);
    }

    @Test
    void anUnreachableStoreIsReportedToTheCaller() {
        records.goDown();

        assertThatThrownBy(() -> sync(records).save(USER, StoredProgress.NONE, Progress.NEW.visited(TODAY), () -> true))
                .isInstanceOf(ProgressStore.Unavailable.class);
    }
}
