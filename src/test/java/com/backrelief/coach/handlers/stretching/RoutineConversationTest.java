package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.support.Person;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static com.backrelief.coach.support.TestSkill.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** A person follows a routine by voice alone, using every navigation command along the way. */
class RoutineConversationTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final Person person = new Person(new TestSkill(store));

    private static void waitsForThePerson(Reply reply) {
        assertThat(reply.endsSession()).isFalse();
        assertThat(reply.speech()).endsWith("?");
        assertThat(reply.reprompt()).endsWith("?");
    }

    private static String the(Stretch stretch) {
        return CoachingReplies.the(stretch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spasm-relief", "morning-mobility", "core-strength", "desk-break"})
    void eachRoutineCanBeFollowedFromStartToFinishWithEveryNavigationCommand(String id) {
        Routine routine = CATALOGUE.routine(id).orElseThrow();
        RoutinePlan plan = RoutinePlan.of(routine, CATALOGUE);
        Stretch first = plan.exercise(0);

        Reply start = person.say("StartRoutineIntent", "routine", routine.name());
        assertThat(start.speech()).contains("Here's the " + routine.name() + " routine", RoutineReplies.SAFETY,
                "First, " + the(first) + ".", first.start());
        waitsForThePerson(start);

        List<Reply> replies = new ArrayList<>();
        replies.add(person.say("HowManyLeftIntent"));
        assertThat(replies.get(0).speech()).contains("exercise one of");
        replies.add(person.say("ExplainCurrentIntent"));
        assertThat(replies.get(1).speech()).contains(first.start(), first.stopIf());
        replies.add(person.say("EasierIntent"));
        assertThat(replies.get(2).speech()).contains(first.easier());
        replies.add(person.say("HarderIntent"));
        assertThat(replies.get(3).speech()).contains(first.harder());
        replies.add(person.say("SlowerIntent"));
        assertThat(replies.get(4).speech()).startsWith("Okay, slower");
        replies.add(person.say("FasterIntent"));
        assertThat(replies.get(5).speech()).startsWith("Okay, back to my usual pace");
        replies.add(person.say("AMAZON.RepeatIntent"));
        assertThat(replies.get(6).speech()).startsWith("Once more");
        replies.add(person.say("AMAZON.PauseIntent"));
        assertThat(replies.get(7).speech()).startsWith("Paused.");
        replies.add(person.say("AMAZON.ResumeIntent"));
        assertThat(replies.get(8).speech()).startsWith("Picking up with " + the(first));
        replies.add(person.say("AMAZON.PreviousIntent"));
        assertThat(replies.get(9).speech()).startsWith("This is the first exercise");
        replies.add(person.say("AMAZON.StartOverIntent"));
        assertThat(replies.get(10).speech()).startsWith("Starting again from the top, with " + the(first));
        replies.forEach(RoutineConversationTest::waitsForThePerson);

        List<String> led = new ArrayList<>(List.of(first.id()));
        Reply reply = person.say("AMAZON.NextIntent");
        for (int turns = 0; !reply.speech().endsWith(routine.checkIn()) && turns < 60; turns++) {
            waitsForThePerson(reply);
            collectExercise(reply, plan, led);
            reply = turns == 1 ? goBackAndForward() : person.say("AMAZON.NextIntent");
        }
        assertThat(reply.speech()).contains(routine.outro()).endsWith(routine.checkIn());
        assertThat(led).containsExactlyElementsOf(plan.exercises().stream().map(Stretch::id).distinct().toList());
        assertThat(person.say("CheckInIntent", "feeling", "better").speech()).startsWith("That's good to hear");
        assertThat(store.get(TestSkill.USER_ID).orElseThrow().history().total()).isEqualTo(1);
    }

    private Reply goBackAndForward() {
        Reply back = person.say("AMAZON.PreviousIntent");
        assertThat(back.speech()).startsWith("Going back");
        waitsForThePerson(back);
        return person.say("AMAZON.NextIntent");
    }

    private static void collectExercise(Reply reply, RoutinePlan plan, List<String> led) {
        for (Stretch stretch : plan.exercises()) {
            String named = the(stretch) + ".";
            if ((reply.speech().startsWith("Next, " + named) || reply.speech().startsWith("Last one: " + named))
                    && !led.contains(stretch.id())) {
                led.add(stretch.id());
            }
        }
    }

    @Test
    void startMyStretchesBeginsTheMorningRoutineAndNamesTheOthers() {
        Reply reply = person.say("StartRoutineIntent");

        assertThat(reply.speech()).startsWith("I'll start you on the morning mobility routine.")
                .contains("gentle spasm relief, core strength or desk break routine",
                        "Here's the morning mobility routine: six exercises, about thirteen minutes.",
                        "You'll need a mat, a cushion and a chair.", RoutineReplies.SAFETY, "First, the cat cow.");
        waitsForThePerson(reply);
    }

    @Test
    void fiveMinutesIsEnoughForTheDeskBreak() {
        Reply reply = person.say("StartRoutineIntent", "minutes", "5");

        assertThat(reply.speech()).startsWith("The desk break routine fits in five minutes.")
                .contains("You'll need a chair.", "First, the standing back bend.");
    }

    @Test
    void somethingForASpasmStartsTheSpasmRoutineEvenWithoutAResolvedSlot() {
        Reply reply = person.say("StartRoutineIntent", "routine", "something for a spasm");

        assertThat(reply.speech()).contains("Here's the gentle spasm relief routine: five exercises,");
    }

    @Test
    void anUnknownRoutineIsExplainedAndYesStartsTheMorningRoutine() {
        Reply reply = person.say("StartRoutineIntent", "routine", "evening yoga");

        assertThat(reply.speech()).startsWith("Sorry, I don't know that routine. I have four routines")
                .endsWith("Would you like to start the morning mobility routine now?");
        assertThat(person.say("AMAZON.YesIntent").speech()).contains("Here's the morning mobility routine");
    }

    @Test
    void pauseKeepsTheSessionOpenAndYesCarriesOn() {
        person.say("StartRoutineIntent", "routine", "desk break");

        Reply paused = person.say("AMAZON.PauseIntent");
        Reply resumed = person.say("AMAZON.YesIntent");

        assertThat(paused.speech()).startsWith("Paused.").contains("say resume when you're ready");
        waitsForThePerson(paused);
        assertThat(resumed.speech()).startsWith("Picking up with the standing back bend.");
    }

    @Test
    void carryOnAfterAPausePicksUpWhereItPausedButNextAfterPainMovesOn() {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.PauseIntent");

        assertThat(person.say("AMAZON.NextIntent").speech()).startsWith("Picking up with the standing back bend.");

        person.say("ExercisePainIntent");
        assertThat(person.say("AMAZON.NextIntent").speech()).startsWith("Next, the standing hip flexor stretch.");
    }

    @Test
    void noWhilePausedSaysGoodbyeWithThePlaceSaved() {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("AMAZON.NextIntent");
        person.say("AMAZON.PauseIntent");

        Reply reply = person.say("AMAZON.NoIntent");

        assertThat(reply.endsSession()).isTrue();
        assertThat(reply.speech()).contains("Your place is saved", "the standing hip flexor stretch");
        assertThat(store.get(TestSkill.USER_ID).orElseThrow().place().step()).isEqualTo(1);
    }

    @Test
    void yesToShallWeMoveOnIsNextAndNoIsAPause() {
        person.say("StartRoutineIntent", "routine", "desk break");

        assertThat(person.say("AMAZON.YesIntent").speech()).startsWith("Next, the standing hip flexor stretch.");
        assertThat(person.say("AMAZON.NoIntent").speech()).startsWith("Paused.");
    }

    @Test
    void skippingTheLastExerciseFinishesTheRoutine() {
        person.say("StartRoutineIntent", "routine", "desk break");
        assertThat(person.say("SkipIntent").speech()).startsWith("Okay, skipping the standing back bend. Next, the standing");
        assertThat(person.say("SkipIntent").speech()).startsWith("Okay, skipping the standing hip flexor stretch. Last one: walking.");

        Reply reply = person.say("SkipIntent");

        assertThat(reply.speech()).startsWith("Good work. Try not to sit for long spells").endsWith("Does your back feel better, the same, or worse?");
    }

    @Test
    void aCommandWithNoRoutineGoingOffersToStartOne() {
        Reply reply = person.say("AMAZON.NextIntent");

        assertThat(reply.speech()).isEqualTo("We're not in a routine right now. Would you like to start the morning mobility routine now?");
        assertThat(person.say("AMAZON.NoIntent").speech()).startsWith("Okay. Would you like advice on heat or ice");
    }

    @Test
    void yesAndNoToSomeoneElsesQuestionAreLeftAlone() {
        person.say("StartRoutineIntent", "routine", "desk break");
        ((ObjectNode) person.attributes()).put("pending", "somebody-elses-question");

        Reply reply = person.say("AMAZON.YesIntent");

        assertThat(reply.speech()).doesNotContain("Next,").startsWith("Okay. Would you like advice on heat or ice");
    }

    @Test
    void feelingWorseAfterARoutineGivesTheStopAdviceAndIsNotRemembered() {
        person.say("StartRoutineIntent", "routine", "desk break");
        person.say("SkipIntent");
        person.say("SkipIntent");
        person.say("SkipIntent");

        Reply reply = person.say("CheckInIntent", "feeling", "worse");

        assertThat(reply.speech()).contains("Let's leave the exercises there for today",
                "sharp, spreads down your leg, or you notice any new numbness", "see your doctor or a physical therapist soon");
        waitsForThePerson(reply);
        assertThat(reply.sessionAttributes().toString()).doesNotContain("worse").doesNotContain("pending");
        assertThat(store.get(TestSkill.USER_ID).orElseThrow().toString()).doesNotContain("worse");
    }

    @Test
    void anAnswerThatIsNotAFeelingAsksAgain() {
        Reply reply = person.say("CheckInIntent", "feeling", "purple");

        assertThat(reply.speech()).isEqualTo("Sorry, I didn't catch that. Does your back feel better, the same, or worse?");
    }

    @Test
    void wordsAlexaCouldNotPlaceInARoutineAreAskedForAgainAndThenReadWhole() {
        person.say("StartRoutineIntent", "routine", "morning mobility");

        Reply lost = person.say("AMAZON.FallbackIntent");
        assertThat(lost.speech()).startsWith("Sorry, I didn't catch that. In a routine you can say next")
                .endsWith("Shall we carry on with the routine?");
        assertThat(lost.elicitedSlot()).isEqualTo("description");

        Reply again = person.say("DescribeIntent", "description", "my butt cheeks have gone numb");
        assertThat(again.speech()).contains("Please call 911 now");
    }

    @Test
    void aCommandStillWorksAfterWordsAlexaCouldNotPlace() {
        person.say("StartRoutineIntent", "routine", "morning mobility");
        person.say("AMAZON.FallbackIntent");

        assertThat(person.say("AMAZON.NextIntent").speech()).startsWith("Next,");
        person.say("AMAZON.FallbackIntent");
        assertThat(person.yes().speech()).startsWith("Picking up with");
    }

    @Test
    void noBetterSaidOutOfTheBlueIsAboutThePainAndAfterARoutineIsTheCheckIn() {
        Reply outOfTheBlue = person.say("CheckInIntent", "feeling", "no better");
        assertThat(outOfTheBlue.speech()).contains("your doctor or a physical therapist in the next few days");

        Person afterARoutine = new Person(new TestSkill(new InMemoryProgressStore()));
        afterARoutine.say("StartRoutineIntent", "routine", "desk break");
        Reply reply = afterARoutine.say("AMAZON.NextIntent");
        for (int turns = 0; !reply.speech().endsWith("?") || !reply.speech().contains("better, the same, or worse"); turns++) {
            assertThat(turns).isLessThan(60);
            reply = afterARoutine.say("AMAZON.NextIntent");
        }
        assertThat(afterARoutine.say("CheckInIntent", "feeling", "no better").speech()).startsWith("That's okay.");
    }
}
