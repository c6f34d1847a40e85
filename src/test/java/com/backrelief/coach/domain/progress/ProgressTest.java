package com.backrelief.coach.domain.progress;

import com.backrelief.coach.domain.stretching.Pace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the coach remembers between sessions, and how each event changes it. */
class ProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Progress midRoutine() {
        return new Progress(3, TODAY).withPace(Pace.SLOW).finished(TODAY.minusDays(1))
                .reached("morning-mobility", 4, NOW);
    }

    @Test
    void anEmergencyDropsTheSavedPlaceAndKeepsEverythingElse() {
        Progress before = midRoutine();

        Progress after = before.afterEmergency();

        assertThat(after.savedPlace()).isEmpty();
        assertThat(after.pace()).isEqualTo(Pace.SLOW);
        assertThat(after.history()).isEqualTo(before.history());
        assertThat(after.visits()).isEqualTo(3);
        assertThat(Progress.NEW.afterEmergency()).isEqualTo(Progress.NEW);
    }

    @Test
    void reachingTheSamePlaceAgainChangesNothingSoNothingIsWritten() {
        Progress before = midRoutine();

        assertThat(before.reached("morning-mobility", 4, NOW.plusSeconds(600))).isSameAs(before);
        assertThat(before.reached("morning-mobility", 5, NOW.plusSeconds(600)).place())
                .isEqualTo(new SavedPlace("morning-mobility", 5, NOW.plusSeconds(600)));
    }

    @Test
    void finishingARoutineRecordsTheDayAndClearsThePlace() {
        Progress after = midRoutine().finished(TODAY);

        assertThat(after.savedPlace()).isEmpty();
        assertThat(after.history().total()).isEqualTo(2);
        assertThat(after.streaks(TODAY)).isEqualTo(new Streaks(2, 2));
    }

    @ParameterizedTest
    @CsvSource({"PT1M, true", "PT23H59M, true", "PT24H, true", "PT24H1M, false", "P3D, false"})
    void aPlaceIsPickedUpWithinADayAndOfferedAfreshAfterThat(Duration age, boolean fresh) {
        SavedPlace place = new SavedPlace("desk-break", 1, NOW.minus(age));

        assertThat(place.isFresh(NOW)).isEqualTo(fresh);
    }

    @Test
    void aNewPersonHasTheUsualPaceAndNoHistory() {
        assertThat(Progress.NEW.pace()).isEqualTo(Pace.NORMAL);
        assertThat(Progress.NEW.history()).isEqualTo(SessionHistory.NONE);
        assertThat(new Progress(1, TODAY, null, null, null)).isEqualTo(new Progress(1, TODAY));
    }
}
