package com.backrelief.coach.domain.stretching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Every coaching command at every kind of step: where the session goes and what the coach says. */
class StretchSessionTest {

    /** The kinds of place a command can be given at, in the fixture routine. */
    enum Place {
        FIRST(Fixtures.FIRST, 0),
        TWO_SIDED_HOLD(Fixtures.TWO_SIDED_HOLD, 0),
        TWO_SIDED_HOLD_PART_2(Fixtures.TWO_SIDED_HOLD, 1),
        ALTERNATING(Fixtures.ALTERNATING, 0),
        COUNTED_PART_1(Fixtures.LONG_COUNTED, 0),
        COUNTED_PART_2(Fixtures.LONG_COUNTED, 1),
        COUNTED_PART_3(Fixtures.LONG_COUNTED, 2),
        LAST_TIMED(Fixtures.LAST_TIMED, 0);

        final int step;
        final int part;

        Place(int step, int part) {
            this.step = step;
            this.part = part;
        }

        StretchSession session() {
            return Fixtures.at(step, part);
        }
    }

    private static final Map<String, Function<StretchSession, Turn>> COMMANDS = Map.ofEntries(
            Map.entry("next", StretchSession::next), Map.entry("previous", StretchSession::previous),
            Map.entry("repeat", StretchSession::repeat), Map.entry("pause", StretchSession::pause),
            Map.entry("resume", StretchSession::resume), Map.entry("startOver", StretchSession::startOver),
            Map.entry("skip", StretchSession::skip), Map.entry("howManyLeft", StretchSession::howManyLeft),
            Map.entry("explain", StretchSession::explain), Map.entry("easier", StretchSession::easier),
            Map.entry("harder", StretchSession::harder), Map.entry("slower", StretchSession::slower),
            Map.entry("faster", StretchSession::faster), Map.entry("stop", StretchSession::stop));

    @Test
    void theLongCountedStepIsLedInThreePartsAtTheUsualPace() {
        assertThat(Fixtures.plan().blocks(Fixtures.LONG_COUNTED, Pace.NORMAL)).hasSize(3);
    }

    @ParameterizedTest(name = "{0} at {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "next        | FIRST          | Lead:NEXT          | TWO_SIDED_HOLD",
            // four long holds, each marked by two sounds, and the set's two: more than one answer plays
            "next        | TWO_SIDED_HOLD | Lead:CARRY_ON      | TWO_SIDED_HOLD_PART_2",
            "next        | TWO_SIDED_HOLD_PART_2 | Lead:NEXT   | ALTERNATING",
            "next        | ALTERNATING    | Lead:NEXT          | COUNTED_PART_1",
            "next        | COUNTED_PART_1 | Lead:CARRY_ON      | COUNTED_PART_2",
            "next        | COUNTED_PART_2 | Lead:CARRY_ON      | COUNTED_PART_3",
            "next        | COUNTED_PART_3 | Lead:NEXT          | LAST_TIMED",
            "next        | LAST_TIMED     | Finished           | ",
            "previous    | FIRST          | Lead:ALREADY_FIRST | FIRST",
            "previous    | TWO_SIDED_HOLD | Lead:BACK          | FIRST",
            "previous    | ALTERNATING    | Lead:BACK          | TWO_SIDED_HOLD",
            "previous    | COUNTED_PART_1 | Lead:BACK          | ALTERNATING",
            "previous    | COUNTED_PART_2 | Lead:BACK          | COUNTED_PART_1",
            "previous    | COUNTED_PART_3 | Lead:BACK          | COUNTED_PART_2",
            "previous    | LAST_TIMED     | Lead:BACK          | COUNTED_PART_1",
            "repeat      | FIRST          | Lead:AGAIN         | FIRST",
            "repeat      | TWO_SIDED_HOLD | Lead:AGAIN         | TWO_SIDED_HOLD",
            "repeat      | ALTERNATING    | Lead:AGAIN         | ALTERNATING",
            "repeat      | COUNTED_PART_1 | Lead:AGAIN         | COUNTED_PART_1",
            "repeat      | COUNTED_PART_2 | Lead:AGAIN         | COUNTED_PART_2",
            "repeat      | COUNTED_PART_3 | Lead:AGAIN         | COUNTED_PART_3",
            "repeat      | LAST_TIMED     | Lead:AGAIN         | LAST_TIMED",
            "pause       | FIRST          | Paused             | FIRST",
            "pause       | TWO_SIDED_HOLD | Paused             | TWO_SIDED_HOLD",
            "pause       | ALTERNATING    | Paused             | ALTERNATING",
            "pause       | COUNTED_PART_1 | Paused             | COUNTED_PART_1",
            "pause       | COUNTED_PART_2 | Paused             | COUNTED_PART_2",
            "pause       | COUNTED_PART_3 | Paused             | COUNTED_PART_3",
            "pause       | LAST_TIMED     | Paused             | LAST_TIMED",
            "resume      | FIRST          | Lead:RESUMED       | FIRST",
            "resume      | TWO_SIDED_HOLD | Lead:RESUMED       | TWO_SIDED_HOLD",
            "resume      | ALTERNATING    | Lead:RESUMED       | ALTERNATING",
            "resume      | COUNTED_PART_1 | Lead:RESUMED       | COUNTED_PART_1",
            "resume      | COUNTED_PART_2 | Lead:RESUMED       | COUNTED_PART_2",
            "resume      | COUNTED_PART_3 | Lead:RESUMED       | COUNTED_PART_3",
            "resume      | LAST_TIMED     | Lead:RESUMED       | LAST_TIMED",
            "startOver   | FIRST          | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | TWO_SIDED_HOLD | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | ALTERNATING    | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | COUNTED_PART_1 | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | COUNTED_PART_2 | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | COUNTED_PART_3 | Lead:FROM_THE_TOP  | FIRST",
            "startOver   | LAST_TIMED     | Lead:FROM_THE_TOP  | FIRST",
            "skip        | FIRST          | Skipped            | TWO_SIDED_HOLD",
            "skip        | TWO_SIDED_HOLD | Skipped            | ALTERNATING",
            "skip        | ALTERNATING    | Skipped            | COUNTED_PART_1",
            "skip        | COUNTED_PART_1 | Skipped            | LAST_TIMED",
            "skip        | COUNTED_PART_2 | Skipped            | LAST_TIMED",
            "skip        | COUNTED_PART_3 | Skipped            | LAST_TIMED",
            "skip        | LAST_TIMED     | Finished           | ",
            "howManyLeft | FIRST          | Left               | FIRST",
            "howManyLeft | TWO_SIDED_HOLD | Left               | TWO_SIDED_HOLD",
            "howManyLeft | ALTERNATING    | Left               | ALTERNATING",
            "howManyLeft | COUNTED_PART_1 | Left               | COUNTED_PART_1",
            "howManyLeft | COUNTED_PART_2 | Left               | COUNTED_PART_2",
            "howManyLeft | COUNTED_PART_3 | Left               | COUNTED_PART_3",
            "howManyLeft | LAST_TIMED     | Left               | LAST_TIMED",
            "explain     | FIRST          | Explained          | FIRST",
            "explain     | TWO_SIDED_HOLD | Explained          | TWO_SIDED_HOLD",
            "explain     | ALTERNATING    | Explained          | ALTERNATING",
            "explain     | COUNTED_PART_1 | Explained          | COUNTED_PART_1",
            "explain     | COUNTED_PART_2 | Explained          | COUNTED_PART_2",
            "explain     | COUNTED_PART_3 | Explained          | COUNTED_PART_3",
            "explain     | LAST_TIMED     | Explained          | LAST_TIMED",
            "easier      | FIRST          | Variant            | FIRST",
            "easier      | TWO_SIDED_HOLD | Variant            | TWO_SIDED_HOLD",
            "easier      | ALTERNATING    | Variant            | ALTERNATING",
            "easier      | COUNTED_PART_1 | Variant            | COUNTED_PART_1",
            "easier      | COUNTED_PART_2 | Variant            | COUNTED_PART_2",
            "easier      | COUNTED_PART_3 | Variant            | COUNTED_PART_3",
            "easier      | LAST_TIMED     | Variant            | LAST_TIMED",
            "harder      | FIRST          | Variant            | FIRST",
            "harder      | TWO_SIDED_HOLD | Variant            | TWO_SIDED_HOLD",
            "harder      | ALTERNATING    | Variant            | ALTERNATING",
            "harder      | COUNTED_PART_1 | Variant            | COUNTED_PART_1",
            "harder      | COUNTED_PART_2 | Variant            | COUNTED_PART_2",
            "harder      | COUNTED_PART_3 | Variant            | COUNTED_PART_3",
            "harder      | LAST_TIMED     | Variant            | LAST_TIMED",
            "stop        | FIRST          | Stopped            | FIRST",
            "stop        | TWO_SIDED_HOLD | Stopped            | TWO_SIDED_HOLD",
            "stop        | ALTERNATING    | Stopped            | ALTERNATING",
            "stop        | COUNTED_PART_1 | Stopped            | COUNTED_PART_1",
            "stop        | COUNTED_PART_2 | Stopped            | COUNTED_PART_2",
            "stop        | COUNTED_PART_3 | Stopped            | COUNTED_PART_3",
            "stop        | LAST_TIMED     | Stopped            | LAST_TIMED",
    })
    void everyCommandAtEveryKindOfStep(String command, Place from, String cue, Place to) {
        Turn turn = COMMANDS.get(command).apply(from.session());

        assertThat(describe(turn.cue())).isEqualTo(cue);
        if (to == null) {
            assertThat(turn.finished()).isTrue();
            assertThat(((Cue.Finished) turn.cue()).routine()).isEqualTo(Fixtures.routine());
            return;
        }
        StretchSession after = turn.state();
        assertThat(after.step()).as("step").isEqualTo(to.step);
        assertThat(after.part()).as("part").isEqualTo(to.part);
        assertThat(after.paused()).as("paused").isEqualTo(command.equals("pause") || command.equals("stop"));
        assertThat(after.pace()).isEqualTo(Pace.NORMAL);
        assertThat(((Cue.AtBlock) turn.cue()).block()).isEqualTo(after.block());
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void slowerAndFasterChangeThePaceAndKeepTheRepetitionBeingDone(Place from) {
        StretchSession session = from.session();
        int repetition = session.block().firstUnit();
        for (Turn turn : new Turn[]{session.slower(), session.faster()}) {
            Cue.PaceChanged changed = (Cue.PaceChanged) turn.cue();
            StretchSession after = turn.state();
            assertThat(changed.changed()).isTrue();
            assertThat(after.step()).isEqualTo(from.step);
            assertThat(after.block().firstUnit()).isLessThanOrEqualTo(repetition);
            assertThat(after.part() == after.block().parts() - 1
                    || after.plan().blocks(after.step(), after.pace()).get(after.part() + 1).firstUnit() > repetition).isTrue();
        }
        assertThat(session.slower().state().pace()).isEqualTo(Pace.SLOW);
        assertThat(session.faster().state().pace()).isEqualTo(Pace.FAST);
    }

    @ParameterizedTest
    @CsvSource({"SLOW, slower, SLOW", "FAST, faster, FAST", "SLOW, faster, NORMAL", "FAST, slower, NORMAL"})
    void thePaceStopsAtItsLimits(Pace pace, String command, Pace expected) {
        StretchSession session = new StretchSession(Fixtures.plan(), 1, 0, pace, false);

        Cue.PaceChanged changed = (Cue.PaceChanged) COMMANDS.get(command).apply(session).cue();

        assertThat(changed.pace()).isEqualTo(expected);
        assertThat(changed.changed()).isEqualTo(expected != pace);
    }

    @ParameterizedTest
    @CsvSource({"FIRST, 4", "TWO_SIDED_HOLD, 3", "ALTERNATING, 2", "COUNTED_PART_2, 1", "LAST_TIMED, 0"})
    void howManyLeftCountsTheExercisesAfterThisOneAndTheMinutesToGo(Place from, int after) {
        Cue.Left left = (Cue.Left) from.session().howManyLeft().cue();

        assertThat(left.exercisesAfter()).isEqualTo(after);
        assertThat(left.minutesLeft()).isBetween(1, Fixtures.plan().minutes(Pace.NORMAL));
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void fromTheFirstExerciseTheMinutesToGoAreTheLengthTheIntroductionGave(Pace pace) {
        StretchSession first = new StretchSession(Fixtures.plan(), 0, 0, pace, false);
        Cue.Left left = (Cue.Left) first.howManyLeft().cue();
        Cue.Begin begin = (Cue.Begin) StretchSession.start(Fixtures.plan(), pace).cue();

        assertThat(left.minutesLeft()).isEqualTo(begin.minutes()).isEqualTo(Fixtures.plan().minutes(pace));
    }

    @Test
    void aSlowerPaceTakesLonger() {
        assertThat(Fixtures.plan().minutes(Pace.SLOW)).isGreaterThan(Fixtures.plan().minutes(Pace.FAST));
    }

    @Test
    void skippingLeavesOutEverySetOfTheExerciseInARow() {
        Routine sets = new Routine("sets", "sets", List.of(), 5, "Intro.", null, "How is it?", List.of(
                new RoutineStep("tilt", 3, null, null, null),
                new RoutineStep("bridge", 5, null, null, "First set."),
                new RoutineStep("bridge", 5, null, null, "Second set."),
                new RoutineStep("walk", 1, null, 1.0, null)));
        RoutinePlan plan = RoutinePlan.of(sets, Fixtures.catalogue());

        Turn fromTheFirstSet = new StretchSession(plan, 1, 0, Pace.NORMAL, false).skip();
        Turn fromTheSecondSet = new StretchSession(plan, 2, 0, Pace.NORMAL, false).skip();

        assertThat(fromTheFirstSet.state().step()).isEqualTo(3);
        assertThat(((Cue.Skipped) fromTheFirstSet.cue()).skipped().id()).isEqualTo("bridge");
        assertThat(fromTheSecondSet.state().step()).isEqualTo(3);
    }

    @Test
    void skippingNamesTheExerciseLeftOut() {
        Cue.Skipped skipped = (Cue.Skipped) Place.TWO_SIDED_HOLD.session().skip().cue();

        assertThat(skipped.skipped().id()).isEqualTo("hug");
        assertThat(skipped.block().stretch().id()).isEqualTo("rolls");
    }

    @Test
    void easierAndHarderGiveTheExercisesOwnVariants() {
        StretchSession session = Place.ALTERNATING.session();

        assertThat(((Cue.Variant) session.easier().cue()).how()).isEqualTo("Do less of it.");
        assertThat(((Cue.Variant) session.harder().cue()).easier()).isFalse();
    }

    @Test
    void resumingAfterAPauseLeadsTheSameBlockAgain() {
        StretchSession paused = Place.COUNTED_PART_2.session().pause().state();

        Turn resumed = paused.resume();

        assertThat(paused.paused()).isTrue();
        assertThat(resumed.state()).isEqualTo(Place.COUNTED_PART_2.session());
    }

    @Test
    void aRoutineStartsAtItsFirstExerciseWithAnIntroduction() {
        Turn turn = StretchSession.start(Fixtures.plan(), Pace.SLOW);

        assertThat(turn.cue()).isInstanceOf(Cue.Begin.class);
        assertThat(turn.state()).isEqualTo(new StretchSession(Fixtures.plan(), 0, 0, Pace.SLOW, false));
    }

    @Test
    void pickingUpStartsTheSavedStepFromItsBeginning() {
        Turn turn = StretchSession.pickUp(Fixtures.plan(), Fixtures.LONG_COUNTED, Pace.NORMAL);

        assertThat(turn.cue()).isInstanceOf(Cue.PickUp.class);
        assertThat(turn.state()).isEqualTo(Place.COUNTED_PART_1.session());
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, 0, 0", "99, 0, 4, 0", "3, 99, 3, 2", "3, -5, 3, 0"})
    void aPlaceOutOfRangeIsBroughtBackIntoTheRoutine(int step, int part, int expectedStep, int expectedPart) {
        StretchSession session = new StretchSession(Fixtures.plan(), step, part, Pace.NORMAL, false);

        assertThat(session.step()).isEqualTo(expectedStep);
        assertThat(session.part()).isEqualTo(expectedPart);
    }

    private static String describe(Cue cue) {
        return cue instanceof Cue.Lead lead ? "Lead:" + lead.why() : cue.getClass().getSimpleName();
    }
}
