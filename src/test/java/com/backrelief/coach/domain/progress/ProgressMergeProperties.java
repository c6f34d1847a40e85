package com.backrelief.coach.domain.progress;

import com.backrelief.coach.domain.stretching.Pace;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any history, any two sets of changes made on two devices from it: the merge counts every
 * visit and every finished routine of both, keeps every day within the days kept, and leaves
 * the result unchanged when one side did nothing.
 */
class ProgressMergeProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** A change: a visit (-1), a pace change (-2), a place reached (-3), or a routine finished that many days ago. */
    @Provide
    Arbitrary<List<Integer>> changes() {
        return Arbitraries.integers().between(-3, 90).list().ofMaxSize(40);
    }

    private static Progress apply(Progress start, List<Integer> changes) {
        Progress progress = start;
        for (int change : changes) {
            progress = switch (change) {
                case -1 -> progress.visited(TODAY);
                case -2 -> progress.withPace(progress.pace() == Pace.SLOW ? Pace.FAST : Pace.SLOW);
                case -3 -> progress.reached("desk-break", progress.visits() % 3, Instant.parse("2026-11-21T08:00:00Z"));
                default -> progress.finished(TODAY.minusDays(change));
            };
        }
        return progress;
    }

    @Property(tries = 400)
    void nothingEitherDeviceDidIsLost(@ForAll("changes") List<Integer> before, @ForAll("changes") List<Integer> mine,
                                      @ForAll("changes") List<Integer> theirs) {
        Progress base = apply(Progress.NEW, before);
        Progress myProgress = apply(base, mine);
        Progress theirProgress = apply(base, theirs);

        Progress merged = Progress.merge(base, myProgress, theirProgress);

        assertThat(merged.visits()).isEqualTo(myProgress.visits() + theirProgress.visits() - base.visits());
        SessionHistory history = merged.history();
        assertThat(history.total()).isEqualTo(myProgress.history().total() + theirProgress.history().total()
                - base.history().total());
        Set<LocalDate> expected = new HashSet<>(theirProgress.history().days());
        myProgress.history().days().stream().filter(d -> !base.history().days().contains(d)).forEach(expected::add);
        expected.removeIf(d -> history.days().isEmpty()
                || d.isBefore(history.days().get(history.days().size() - 1).minusDays(SessionHistory.DAYS_KEPT - 1L)));
        assertThat(history.days()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(history.longest()).isGreaterThanOrEqualTo(
                Math.max(myProgress.history().longest(), theirProgress.history().longest()));
        assertThat(Progress.merge(base, base, theirProgress)).isEqualTo(theirProgress);
        assertThat(Progress.merge(base, myProgress, base)).isEqualTo(myProgress);
    }
}
