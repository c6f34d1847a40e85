package com.backrelief.coach.domain.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Finished routines, counted by the person's own days: totals, the current streak and the longest. */
class SessionHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /** Days given as offsets from today ("-2 -1 0"), finished in that order. */
    private static SessionHistory finished(String offsets) {
        SessionHistory history = SessionHistory.NONE;
        if (offsets.isBlank()) {
            return history;
        }
        for (String offset : offsets.strip().split("\\s+")) {
            history = history.finishedOn(TODAY.plusDays(Integer.parseInt(offset)));
        }
        return history;
    }

    @ParameterizedTest(name = "days [{0}]: {1} sessions, streak {2}, longest {3}")
    @CsvSource(delimiter = '|', value = {
            "                       | 0 | 0 | 0",
            "0                      | 1 | 1 | 1",
            "0 0 0                  | 3 | 1 | 1",
            "-1                     | 1 | 1 | 1",
            "-2                     | 1 | 0 | 1",
            "-2 -1 0                | 3 | 3 | 3",
            "-3 -2 -1               | 3 | 3 | 3",
            "-9 -8 -7 -6 -1 0       | 6 | 2 | 4",
            "-9 -8 -7 -6 -4         | 5 | 0 | 4",
            "-5 -4 -2 -1 -1 0       | 6 | 3 | 3",
            "-1 -3                  | 2 | 1 | 1",
    })
    void streaksCountDaysInARowEndingTodayOrYesterday(String days, int total, int current, int longest) {
        SessionHistory history = finished(days == null ? "" : days);

        assertThat(history.total()).isEqualTo(total);
        assertThat(history.streaks(TODAY)).isEqualTo(new Streaks(current, longest));
    }

    @Test
    void onlyTheLastSixtyDaysAreKeptButTheStreaksAndTotalSurvive() {
        SessionHistory history = SessionHistory.NONE;
        for (int day = 99; day >= 0; day--) {
            history = history.finishedOn(TODAY.minusDays(day));
        }

        assertThat(history.days()).hasSize(SessionHistory.DAYS_KEPT);
        assertThat(history.days().get(0)).isEqualTo(TODAY.minusDays(SessionHistory.DAYS_KEPT - 1L));
        assertThat(history.total()).isEqualTo(100);
        assertThat(history.streaks(TODAY)).isEqualTo(new Streaks(100, 100));
    }

    @Test
    void daysAreKeptInOrderAndOnce() {
        SessionHistory history = new SessionHistory(3,
                Arrays.asList(TODAY, TODAY.minusDays(2), TODAY), null, 1);

        assertThat(history.days()).containsExactly(TODAY.minusDays(2), TODAY);
        assertThat(history.runStart()).isEqualTo(TODAY);
    }
}
