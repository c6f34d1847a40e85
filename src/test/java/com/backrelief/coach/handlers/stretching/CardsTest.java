package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cards of the coaching: every exercise's card and every routine's "done" card is built within the
 * card limits, and says what the person heard (the steps said, the cautions said), no more.
 */
class CardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void everyExerciseHasACardOfWhatItsExplanationSaidAndOffered() {
        for (Stretch stretch : TestSkill.CATALOGUE.stretches()) {
            Card card = StretchReplies.card(stretch);
            // Said in the explanation, or in what it offers next (how much, when to stop, cautions).
            String said = StretchReplies.explain(stretch).then(StretchReplies.details(stretch)).toText();

            assertThat(card.title().length() + card.content().length()).isLessThanOrEqualTo(Card.MAX_CHARACTERS);
            for (String line : card.content().split("\n")) {
                String text = line.startsWith("- ") ? line.substring(2) : line;
                assertThat(said).as(stretch.id() + ": a card line not said").contains(text);
            }
            assertThat(card.content()).contains(stretch.dose(), stretch.stopIf());
        }
    }

    @Test
    void everyRoutineHasADoneCardWithItsExercisesAndTheStreakSaid() {
        Progress twice = Progress.NEW.finished(TODAY.minusDays(1)).finished(TODAY);
        for (Routine routine : TestSkill.CATALOGUE.routines()) {
            RoutinePlan plan = RoutinePlan.of(routine, TestSkill.CATALOGUE);
            Card card = RoutineReplies.finishedCard(plan, twice, TODAY);
            String said = RoutineReplies.finished(routine, twice, TODAY).toText();

            assertThat(card.content()).contains("That's two routines done, and two days in a row.");
            assertThat(said).contains("That's two routines done, and two days in a row.");
            plan.exercises().forEach(stretch -> assertThat(card.content().toLowerCase()).contains(stretch.name()));
        }
    }
}
