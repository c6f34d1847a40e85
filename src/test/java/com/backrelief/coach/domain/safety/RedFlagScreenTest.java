package com.backrelief.coach.domain.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedFlagScreenTest {

    private static final RedFlag LEGS = new RedFlag("E4", Tier.EMERGENCY, "both legs",
            List.of("I can't feel my legs"), List.of("both my legs feel numb"));
    private static final RedFlag FEVER = new RedFlag("U1", Tier.URGENT, "fever", List.of("I have a fever"), List.of());
    private static final RedFlag MONTHS = new RedFlag("S5", Tier.SOON, "months", List.of("it's been months"), List.of());

    private final RedFlagScreen screen = new RedFlagScreen(List.of(LEGS, FEVER, MONTHS),
            List.of(new Denial("no fever", "U1")), Map.of("U1", List.of("fever")), List.of("that hurts"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I can't feel my legs     | E4",
            "i can't feel my legs     | E4",
            "I can’t feel my legs!    | E4",
            "  both my legs feel numb | E4",
            "I have a fever.          | U1",
            "It's been months         | S5",
    })
    void recognisesASayingWhateverItsCaseAndPunctuation(String words, String id) {
        assertThat(screen.recognise(words)).map(RedFlag::id).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"my legs feel a bit funny", "no fever", "that hurts", "legs", "''"})
    void doesNotGuessFromWordsThatAreNotASaying(String words) {
        assertThat(screen.recognise(words)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S5,U1,E4 | E4",
            "S5,U1    | U1",
            "S5       | S5",
            "X9,S5    | S5",
    })
    void ofSeveralSymptomsTheMostUrgentCounts(String ids, String expected) {
        assertThat(screen.mostUrgent(Arrays.asList(ids.split(",")))).map(RedFlag::id).contains(expected);
    }

    @Test
    void unknownIdsAreNoRedFlag() {
        assertThat(screen.mostUrgent(List.of("X9", "cat-cow"))).isEmpty();
        assertThat(screen.flag("X9")).isEmpty();
        assertThat(screen.flag(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"EMERGENCY, URGENT, true", "URGENT, SOON, true", "SOON, EMERGENCY, false", "URGENT, URGENT, false"})
    void tiersRankFromEmergencyToSoon(Tier tier, Tier other, boolean moreUrgent) {
        assertThat(tier.moreUrgentThan(other)).isEqualTo(moreUrgent);
    }

    @Test
    void rejectsASayingSharedByTwoSymptoms() {
        RedFlag clash = new RedFlag("U9", Tier.URGENT, "clash", List.of("I CAN'T FEEL MY LEGS"), List.of());

        assertThatThrownBy(() -> new RedFlagScreen(List.of(LEGS, clash), List.of(), Map.of(), List.of()))
                .hasMessageContaining("E4").hasMessageContaining("U9");
    }

    @Test
    void rejectsADenialOrExercisePainPhraseThatIsASymptom() {
        assertThatThrownBy(() -> new RedFlagScreen(List.of(LEGS), List.of(new Denial("i can't feel my legs", "E4")),
                Map.of(), List.of())).hasMessageContaining("denial");
        assertThatThrownBy(() -> new RedFlagScreen(List.of(LEGS), List.of(), Map.of(), List.of("I can't feel my legs")))
                .hasMessageContaining("exercise pain");
    }

    @Test
    void rejectsADenialOfAnUnknownSymptom() {
        assertThatThrownBy(() -> new RedFlagScreen(List.of(LEGS), List.of(new Denial("no fever", "U1")), Map.of(),
                List.of())).hasMessageContaining("U1");
    }
}
