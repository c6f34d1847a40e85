package com.backrelief.coach.domain.stretching;

import com.backrelief.coach.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A routine with its exercises: how many a person hears about, and what they need. */
class RoutinePlanTest {

    private static final StretchCatalogue CONTENT = ContentLoader.stretchCatalogue();

    @ParameterizedTest
    @CsvSource({"spasm-relief, 5", "morning-mobility, 6", "core-strength, 9", "desk-break, 3"})
    void twoSetsOfTheSameExerciseInARowCountAsOneExercise(String routine, int exercises) {
        assertThat(RoutinePlan.of(CONTENT.routine(routine).orElseThrow(), CONTENT).exerciseCount()).isEqualTo(exercises);
    }

    @ParameterizedTest
    @CsvSource({"3, 4", "4, 4", "5, 5"})
    void aRepeatedSetKeepsItsExerciseNumber(int step, int number) {
        RoutinePlan core = RoutinePlan.of(CONTENT.routine("core-strength").orElseThrow(), CONTENT);

        assertThat(core.exerciseNumber(step)).isEqualTo(number);
    }

    @Test
    void needsAreListedOnceInTheOrderTheyComeUp() {
        assertThat(Fixtures.plan().needs()).containsExactly("mat", "cushion");
        assertThat(RoutinePlan.of(CONTENT.routine("desk-break").orElseThrow(), CONTENT).needs()).containsExactly("chair");
    }

    @ParameterizedTest
    @CsvSource({"1, desk-break", "3, desk-break", "5, desk-break", "10, spasm-relief", "13, morning-mobility",
            "19, morning-mobility", "20, core-strength", "60, core-strength"})
    void theLongestRoutineThatFitsIsChosenForTheTimeAPersonHas(int minutes, String routine) {
        assertThat(CONTENT.routineFor(minutes, Pace.NORMAL).id()).isEqualTo(routine);
    }

    /**
     * The length a person is told is estimated from the coaching itself; at the usual pace it stays
     * within half again (either way) of the fact sheet's length for the routine, which is kept in
     * routines.json for this check (for a range, its upper end).
     */
    @ParameterizedTest
    @CsvSource({"spasm-relief, 10", "morning-mobility, 13", "core-strength, 20", "desk-break, 4"})
    void theSpokenLengthIsCloseToTheFactSheets(String id, int spoken) {
        Routine routine = CONTENT.routine(id).orElseThrow();
        int minutes = RoutinePlan.of(routine, CONTENT).minutes(Pace.NORMAL);

        assertThat(minutes).isEqualTo(spoken);
        assertThat(minutes).isBetween((int) Math.ceil(routine.minutes() * 0.5), (int) Math.floor(routine.minutes() * 1.5));
    }

    @ParameterizedTest
    @CsvSource({"morning, morning-mobility", "the morning routine, morning-mobility", "something for a spasm, spasm-relief",
            "Desk Break, desk-break", "core strength routine, core-strength", "desk-break, desk-break"})
    void findsARoutineByHowPeopleSayIt(String spoken, String routine) {
        assertThat(CONTENT.findRoutineByName(spoken)).map(Routine::id).contains(routine);
    }

    @Test
    void anUnknownRoutineIsNotFound() {
        assertThat(CONTENT.findRoutineByName("evening yoga")).isEmpty();
        assertThat(CONTENT.findRoutineByName(null)).isEmpty();
    }
}
