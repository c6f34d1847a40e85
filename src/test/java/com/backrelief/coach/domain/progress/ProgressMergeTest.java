package com.backrelief.coach.domain.progress;

import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.domain.stretching.Pace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two devices change the same person's progress from the same starting point ({@code base}):
 * mine is merged onto theirs, and nothing either of them did is lost.
 */
class ProgressMergeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    /** Routines finished on days given as offsets from today ("-2 -1 0"), in that order. */
    private static SessionHistory finished(SessionHistory start, String offsets) {
        SessionHistory history = start;
        for (String offset : offsets == null ? new String[0] : offsets.strip().split("\\s+")) {
            if (!offset.isEmpty()) {
                history = history.finishedOn(TODAY.plusDays(Integer.parseInt(offset)));
            }
        }
        return history;
    }

    private static List<LocalDate> days(String offsets) {
        return offsets == null ? List.of()
                : Arrays.stream(offsets.strip().split("\\s+")).map(o -> TODAY.plusDays(Integer.parseInt(o))).toList();
    }

    @ParameterizedTest(name = "base [{0}] + mine [{1}] + theirs [{2}]: {3} routines on [{4}], streak {5}, longest {6}")
    @CsvSource(delimiter = '|', value = {
            // nobody else wrote: mine as it is
            "         | 0       |        | 1 | 0              | 1 | 1",
            // both finished one today: two routines, one day
            "         | 0       | 0      | 2 | 0              | 1 | 1",
            // mine fills the gap in theirs: three days in a row, not two runs
            "-2       | -1      | 0      | 3 | -2 -1 0        | 3 | 3",
            "-1       | 0 0     | 0      | 4 | -1 0           | 2 | 2",
            // mine did nothing: theirs as it is
            "-5 -4 -3 |         | -1 0   | 5 | -5 -4 -3 -1 0  | 2 | 3",
            "-3       | -2 -1   |        | 3 | -3 -2 -1       | 3 | 3",
            // days apart: each run kept, the later one current
            "-9       | -8 -7   | -1     | 4 | -9 -8 -7 -1    | 1 | 3",
            // a day older than the days kept is counted but not kept
            "-100     | 0       | -99    | 3 | 0              | 1 | 2",
    })
    void finishedRoutinesFromBothDevicesAddUpAndTheStreaksFollowTheJoinedDays(
            String base, String mine, String theirs, int total, String kept, int current, int longest) {
        SessionHistory start = finished(SessionHistory.NONE, base);

        SessionHistory merged = SessionHistory.merge(start, finished(start, mine), finished(start, theirs));

        assertThat(merged.total()).isEqualTo(total);
        assertThat(merged.days()).isEqualTo(days(kept));
        assertThat(merged.streaks(TODAY)).isEqualTo(new Streaks(current, longest));
    }

    @Test
    void aRunLongerThanTheDaysKeptSurvivesTheMerge() {
        SessionHistory base = SessionHistory.NONE;
        for (int day = 71; day >= 2; day--) {
            base = base.finishedOn(TODAY.minusDays(day));
        }

        SessionHistory merged = SessionHistory.merge(base, base.finishedOn(TODAY.minusDays(1)), base.finishedOn(TODAY));

        assertThat(merged.total()).isEqualTo(72);
        assertThat(merged.days()).hasSize(SessionHistory.DAYS_KEPT);
        assertThat(merged.streaks(TODAY)).isEqualTo(new Streaks(72, 72));
    }

    @Test
    void aRecordDeletedMeanwhileGetsOnlyWhatThisSessionAdded() {
        Progress base = new Progress(4, TODAY.minusDays(1)).finished(TODAY.minusDays(3));
        Progress mine = base.visited(TODAY).finished(TODAY);

        Progress merged = Progress.merge(base, mine, Progress.NEW);

        assertThat(merged.visits()).isEqualTo(1);
        assertThat(merged.history().total()).isEqualTo(1);
        assertThat(merged.history().days()).containsExactly(TODAY);
    }

    @ParameterizedTest(name = "reminder: mine {0}, theirs {1} -> {2}")
    @CsvSource({
            "kept,    kept,    base",
            "kept,    moved,   theirs",
            "moved,   kept,    mine",
            "moved,   moved,   mine",
            "cleared, moved,   none",
            "kept,    cleared, none",
    })
    void theReminderIsMineWhereIChangedItAndTheirsOtherwise(String mine, String theirs, String merged) {
        DailyReminder baseReminder = new DailyReminder("token-1", ReminderSchedule.fromCode("0800@MO,TU,WE,TH,FR,SA,SU").orElseThrow());
        DailyReminder mineReminder = baseReminder.rescheduled(ReminderSchedule.fromCode("1900@MO,TU,WE,TH,FR,SA,SU").orElseThrow());
        DailyReminder theirReminder = new DailyReminder("token-2", ReminderSchedule.fromCode("1200@MO,TU,WE,TH,FR").orElseThrow());
        Progress base = new Progress(2, TODAY).withReminder(baseReminder);

        Progress result = Progress.merge(base, reminder(base, mine, mineReminder), reminder(base, theirs, theirReminder));

        DailyReminder expected = switch (merged) {
            case "base" -> baseReminder;
            case "mine" -> mineReminder;
            case "theirs" -> theirReminder;
            default -> null;
        };
        assertThat(result.reminder()).isEqualTo(expected);
    }

    private static Progress reminder(Progress base, String change, DailyReminder moved) {
        return switch (change) {
            case "moved" -> base.withReminder(moved);
            case "cleared" -> base.withoutReminder();
            default -> base;
        };
    }

    @ParameterizedTest(name = "offered: mine {0}, theirs {1} -> {2}")
    @CsvSource({"false, false, false", "true, false, true", "false, true, true", "true, true, true"})
    void anOfferMadeOnEitherDeviceWasMade(boolean mine, boolean theirs, boolean merged) {
        Progress base = new Progress(1, TODAY);

        Progress result = Progress.merge(base, mine ? base.reminderWasOffered() : base, theirs ? base.reminderWasOffered() : base);

        assertThat(result.reminderOffered()).isEqualTo(merged);
    }

    @ParameterizedTest(name = "sounds off: base {0}, mine {1}, theirs {2} -> {3}")
    @CsvSource({"false, true, false, true", "false, false, true, true", "true, false, true, false",
            "true, true, false, false", "false, false, false, false", "true, true, true, true"})
    void theSoundsAreWhatIChoseWhenIChoseAndTheirsOtherwise(boolean base, boolean mine, boolean theirs, boolean merged) {
        Progress start = new Progress(2, TODAY).withSoundsOff(base);

        Progress result = Progress.merge(start, start.withSoundsOff(mine), start.withSoundsOff(theirs).visited(TODAY));

        assertThat(result.soundsOff()).isEqualTo(merged);
        assertThat(result.visits()).isEqualTo(3);
    }

    @ParameterizedTest(name = "visits: base {0}, mine {1}, theirs {2} -> {3}")
    @CsvSource({"3, 4, 5, 6", "3, 3, 5, 5", "3, 5, 3, 5", "0, 1, 0, 1", "2, 3, 0, 1"})
    void visitsAddWhatEachDeviceAdded(int base, int mine, int theirs, int merged) {
        assertThat(Progress.merge(new Progress(base, null), new Progress(mine, null), new Progress(theirs, null)).visits())
                .isEqualTo(merged);
    }

    @ParameterizedTest(name = "last visit: base {0}, mine {1}, theirs {2} -> {3}")
    @CsvSource({
            "2026-11-19, 2026-11-21, 2026-11-20, 2026-11-21",
            "2026-11-19, 2026-11-20, 2026-11-21, 2026-11-21",
            "2026-11-19, 2026-11-19, 2026-11-21, 2026-11-21",
            "2026-11-19, 2026-11-21, 2026-11-19, 2026-11-21",
            ",           ,           2026-11-21, 2026-11-21",
            ",           2026-11-21, ,           2026-11-21",
            ",           ,           ,           ",
            // a damaged day in the future does not outlive the next visit
            "9999-12-31, 2026-11-21, 9999-12-31, 2026-11-21",
    })
    void theLastVisitIsTheLaterWhereBothChangedItAndTheChangedOneOtherwise(LocalDate base, LocalDate mine, LocalDate theirs,
                                                                          LocalDate merged) {
        assertThat(Progress.merge(new Progress(1, base), new Progress(1, mine), new Progress(1, theirs)).lastVisit())
                .isEqualTo(merged);
    }

    @ParameterizedTest(name = "place: mine {0}, theirs {1} -> {2}")
    @CsvSource({
            "kept,    kept,    base",
            "kept,    moved,   theirs",
            "moved,   kept,    mine",
            "moved,   moved,   mine",
            "cleared, moved,   none",
            "kept,    cleared, none",
    })
    void thePlaceIsMineWhereIMovedItAndTheirsOtherwise(String mine, String theirs, String merged) {
        SavedPlace basePlace = new SavedPlace("morning-mobility", 2, NOW.minusSeconds(600));
        SavedPlace minePlace = new SavedPlace("desk-break", 1, NOW);
        SavedPlace theirPlace = new SavedPlace("core-strength", 5, NOW.minusSeconds(60));
        Progress base = new Progress(2, TODAY).reached(basePlace.routineId(), basePlace.step(), basePlace.savedAt());

        Progress result = Progress.merge(base, place(base, mine, minePlace), place(base, theirs, theirPlace));

        SavedPlace expected = switch (merged) {
            case "base" -> basePlace;
            case "mine" -> minePlace;
            case "theirs" -> theirPlace;
            default -> null;
        };
        assertThat(result.place()).isEqualTo(expected);
    }

    private static Progress place(Progress base, String change, SavedPlace moved) {
        return switch (change) {
            case "moved" -> base.reached(moved.routineId(), moved.step(), moved.savedAt());
            case "cleared" -> base.withoutPlace();
            default -> base;
        };
    }

    @ParameterizedTest(name = "pace: base {0}, mine {1}, theirs {2} -> {3}")
    @CsvSource({"NORMAL, SLOW, FAST, SLOW", "NORMAL, NORMAL, FAST, FAST", "SLOW, SLOW, SLOW, SLOW", "SLOW, NORMAL, SLOW, NORMAL"})
    void thePaceIsMineWhereIChangedItAndTheirsOtherwise(Pace base, Pace mine, Pace theirs, Pace merged) {
        Progress start = Progress.NEW.withPace(base);

        assertThat(Progress.merge(start, start.withPace(mine), start.withPace(theirs)).pace()).isEqualTo(merged);
    }

    @Test
    void withNothingChangedOnOneSideTheOtherSideIsTheResult() {
        Progress base = new Progress(3, TODAY.minusDays(2)).finished(TODAY.minusDays(2));
        Progress changed = base.visited(TODAY).withPace(Pace.SLOW).finished(TODAY.minusDays(1)).finished(TODAY)
                .reached("desk-break", 2, NOW);

        assertThat(Progress.merge(base, base, changed)).isEqualTo(changed);
        assertThat(Progress.merge(base, changed, base)).isEqualTo(changed);
    }
}
