package com.backrelief.coach.content;

import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentLoaderTest {

    private final StretchCatalogue catalogue = ContentLoader.stretchCatalogue();

    @Test
    void hasTheFourteenExerciseCardsOfTheFactSheetInOrder() {
        assertThat(catalogue.cards()).extracting(Stretch::card)
                .containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11", "E12", "E13", "E14");
    }

    @Test
    void hasTheFourRoutines() {
        assertThat(catalogue.routines()).extracting(Routine::id)
                .containsExactlyInAnyOrder("spasm-relief", "morning-mobility", "core-strength", "desk-break");
    }

    @Test
    void everyExerciseHasCuesTimingAndCautions() {
        for (Stretch stretch : catalogue.stretches()) {
            assertThat(stretch.cues()).as(stretch.id()).isNotEmpty();
            assertThat(stretch.cautions()).as(stretch.id()).isNotEmpty();
            assertThat(stretch.coaching().rep()).as(stretch.id()).isNotEmpty();
            assertThat(stretch.coaching().reps()).as(stretch.id()).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"cat cow, cat-cow", "kids pose, childs-pose", "child's pose, childs-pose", "the bridge, glute-bridge",
            "Knee Hug, knee-to-chest", "cat-cow, cat-cow", "lower trunk rotation, knee-rolls"})
    void findsAnExerciseByHowPeopleSayIt(String spoken, String id) {
        assertThat(catalogue.findByName(spoken)).map(Stretch::id).contains(id);
    }

    @Test
    void rejectsARoutineThatNamesAnUnknownExercise() {
        Stretch one = catalogue.stretch("cat-cow").orElseThrow();
        Routine broken = new Routine("r", "r", List.of(), 1, "intro", null, "How is it?",
                List.of(new com.backrelief.coach.domain.stretching.RoutineStep("nope", 1, null, null, null)));

        assertThatThrownBy(() -> new StretchCatalogue(List.of(one), List.of(broken)))
                .hasMessageContaining("unknown exercise: nope");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"exercise\": \"walking\", \"minutes\": 5}               | timed step longer than one answer",
            "{\"exercise\": \"plank\", \"reps\": 3, \"holdSeconds\": 90} | hold out of range",
            "{\"exercise\": \"plank\", \"reps\": 0}                     | no repetitions",
    })
    void rejectsARoutineStepTheCoachCouldNotLead(String step, String problem) throws Exception {
        JsonNode routine = new ObjectMapper().readTree("{\"id\": \"r\", \"name\": \"r\", \"minutes\": 5, "
                + "\"intro\": \"Intro.\", \"checkIn\": \"How is it?\", \"steps\": [" + step + "]}");

        assertThatThrownBy(() -> ContentLoader.routine(routine)).hasMessageContaining(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                              | missing 'short'",
            "\"short\": \"\",                              | missing 'short'",
            "\"short\": \"Breathe in and out and round up.\", | short cue longer than",
            "\"short\": \"Breathe in, and then out.\",        | short cue longer than",
    })
    void rejectsAPhaseWithoutAShortCueOrWithALongOne(String shortCue, String problem) throws Exception {
        JsonNode exercise = new ObjectMapper().readTree("{\"id\": \"x\", \"name\": \"x\", \"position\": \"standing\", "
                + "\"start\": \"Stand.\", \"cues\": [\"Lean.\"], \"dose\": \"Do five.\", \"stopIf\": \"Stop.\", "
                + "\"easier\": \"Less.\", \"harder\": \"More.\", \"cautions\": [\"Care.\"], \"coaching\": {\"rep\": [{"
                + "\"say\": \"Breathe in slowly.\", " + (shortCue == null ? "" : shortCue)
                + " \"seconds\": 3, \"hold\": false}], \"reps\": 5, \"sides\": 1}}");

        assertThatThrownBy(() -> ContentLoader.stretch(exercise)).hasMessageContaining(problem);
    }

    @Test
    void everyPhaseHasAShortCueOfAFewWords() {
        for (Stretch stretch : catalogue.stretches()) {
            assertThat(stretch.coaching().rep()).as(stretch.id())
                    .allMatch(phase -> phase.brief().split(" ").length <= ContentLoader.MAX_SHORT_CUE_WORDS);
        }
    }

    @Test
    void everyRoutineEndsWithACheckInQuestion() {
        assertThat(catalogue.routines()).allMatch(routine -> routine.checkIn().endsWith("?"));
    }

    @Test
    void rejectsDuplicateIdsAndSharedNames() {
        Stretch one = catalogue.stretch("cat-cow").orElseThrow();
        Stretch other = catalogue.stretch("plank").orElseThrow();
        Stretch clash = new Stretch("plank-2", null, "cat cow", List.of(), other.position(), other.needs(), other.start(),
                other.cues(), null, other.dose(), other.stopIf(), other.easier(), other.harder(), other.cautions(),
                other.coaching());

        assertThatThrownBy(() -> new StretchCatalogue(List.of(one, one), List.of())).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> new StretchCatalogue(List.of(one, clash), List.of())).hasMessageContaining("cat cow");
    }
}
