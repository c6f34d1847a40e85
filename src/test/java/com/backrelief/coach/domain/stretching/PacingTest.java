package com.backrelief.coach.domain.stretching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a routine step becomes timed beats, and how a long one is split into parts. */
class PacingTest {

    private static List<Beat> beats(int step, Pace pace) {
        return Fixtures.plan().blocks(step, pace).stream().flatMap(block -> block.beats().stream()).toList();
    }

    private static List<Beat.Line> lines(int step, Pace pace) {
        return beats(step, pace).stream().filter(Beat.Line.class::isInstance).map(Beat.Line.class::cast).toList();
    }

    @ParameterizedTest
    @CsvSource({"SLOW, 4.5", "NORMAL, 3", "FAST, 2.25"})
    void movementPausesFollowThePace(Pace pace, double seconds) {
        assertThat(lines(Fixtures.TWO_SIDED_HOLD, pace).get(0).pauseSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void aHoldLastsAsLongAsTheRoutineSaysAtEveryPace(Pace pace) {
        assertThat(lines(Fixtures.TWO_SIDED_HOLD, pace)).filteredOn(line -> line.say().startsWith("Hold"))
                .hasSize(4).extracting(Beat.Line::pauseSeconds).containsOnly(20.0);
    }

    @Test
    void aHoldWithoutARoutineLengthKeepsTheExercisesOwn() {
        assertThat(lines(Fixtures.FIRST, Pace.SLOW)).filteredOn(line -> line.say().equals("Tilt and hold."))
                .extracting(Beat.Line::pauseSeconds).containsOnly(3.0);
    }

    @Test
    void theFirstRepetitionHasTheWholeCuesAndLaterOnesOnlyShortOnes() {
        assertThat(lines(Fixtures.FIRST, Pace.NORMAL)).extracting(Beat.Line::say).containsExactly(
                "Breathe in.", "Tilt and hold.", "Relax.", "In.", "Hold.", "Relax.", "In.", "Hold.", "Relax.");
    }

    @Test
    void afterTheChangeOfSideTheCuesStayShort() {
        List<Beat> beats = beats(Fixtures.TWO_SIDED_HOLD, Pace.NORMAL);
        int switchAt = beats.indexOf(beats.stream().filter(Beat.SwitchSides.class::isInstance).findFirst().orElseThrow());

        assertThat(beats.subList(switchAt, beats.size())).filteredOn(Beat.Line.class::isInstance)
                .extracting(beat -> ((Beat.Line) beat).say()).containsOnly("Knee up.", "Hold.", "Lower.");
    }

    @Test
    void anAlternatingExerciseGivesTheOtherSideShortCuesFromTheFirstRep() {
        assertThat(lines(Fixtures.ALTERNATING, Pace.NORMAL)).extracting(Beat.Line::say).containsExactly(
                "Roll your knees to one side.", "Back to the middle.", "Roll over.", "And back.",
                "Roll over.", "And back.", "Roll over.", "And back.");
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void shortCuesKeepTheirPauses(Pace pace) {
        List<Beat.Line> lines = lines(Fixtures.FIRST, pace);

        assertThat(lines.get(3).pauseSeconds()).isEqualTo(lines.get(0).pauseSeconds());
        assertThat(lines.get(4).pauseSeconds()).isEqualTo(lines.get(1).pauseSeconds());
    }

    @Test
    void aTwoSidedExerciseDoesEveryRepOnOneSideThenSwitchesOnce() {
        List<Beat> beats = beats(Fixtures.TWO_SIDED_HOLD, Pace.NORMAL);

        assertThat(beats).filteredOn(Beat.SwitchSides.class::isInstance).hasSize(1);
        assertThat(beats).filteredOn(Beat.Count.class::isInstance)
                .containsExactly(new Beat.Count(1, 2), new Beat.Count(2, 2), new Beat.Count(1, 2), new Beat.Count(2, 2));
        int switchAt = beats.indexOf(beats.stream().filter(Beat.SwitchSides.class::isInstance).findFirst().orElseThrow());
        assertThat(beats.get(switchAt - 1)).isEqualTo(new Beat.Count(2, 2));
    }

    @Test
    void anAlternatingExerciseGoesToTheOtherSideWithinEveryRep() {
        List<Beat> beats = beats(Fixtures.ALTERNATING, Pace.NORMAL);

        assertThat(beats).filteredOn(Beat.OtherSide.class::isInstance).hasSize(2);
        assertThat(beats).filteredOn(Beat.Count.class::isInstance).containsExactly(new Beat.Count(1, 2), new Beat.Count(2, 2));
        assertThat(beats).noneMatch(Beat.SwitchSides.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void aTimedMovementLastsItsMinutesAtEveryPaceAndIsNotCounted(Pace pace) {
        assertThat(lines(Fixtures.LAST_TIMED, pace)).extracting(Beat.Line::pauseSeconds).containsExactly(90.0);
        assertThat(beats(Fixtures.LAST_TIMED, pace)).noneMatch(Beat.Count.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void aLongStepIsSplitIntoPartsThatEachFitOneAnswer(Pace pace) {
        List<Block> blocks = Fixtures.plan().blocks(Fixtures.LONG_COUNTED, pace);

        assertThat(blocks).hasSizeGreaterThan(1);
        assertThat(blocks).allMatch(block -> Pacing.seconds(block.beats()) <= Pacing.PART_BUDGET_SECONDS);
        assertThat(blocks.get(0).beats().get(0)).isInstanceOf(Beat.Setup.class);
        assertThat(blocks.subList(1, blocks.size())).noneMatch(block -> block.beats().get(0) instanceof Beat.Setup);
        assertThat(blocks).flatExtracting(Block::beats).filteredOn(Beat.Count.class::isInstance)
                .extracting(beat -> ((Beat.Count) beat).done())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        assertThat(blocks).extracting(Block::firstUnit).isSorted().startsWith(0);
    }

    @ParameterizedTest(name = "a hold of {0} s is marked by sounds: {1}")
    @CsvSource({"5, false", "10, false", "11, true", "20, true", "30, true"})
    void onlyAHoldLongerThanOnePauseIsMarkedBySounds(int seconds, boolean held) {
        Routine holding = new Routine("hold", "hold", List.of(), 1, "Intro.", null, "How is it?",
                List.of(new RoutineStep("hug", 1, seconds, null, null)));
        List<Beat.Line> holds = RoutinePlan.of(holding, Fixtures.catalogue()).blocks(0, Pace.NORMAL).stream()
                .flatMap(block -> block.beats().stream()).filter(Beat.Line.class::isInstance).map(Beat.Line.class::cast)
                .filter(line -> line.say().startsWith("Hold")).toList();

        assertThat(holds).hasSize(2).allMatch(line -> line.held() == held);
        assertThat(lines(Fixtures.FIRST, Pace.NORMAL)).noneMatch(Beat.Line::held);
        assertThat(lines(Fixtures.LAST_TIMED, Pace.NORMAL)).allMatch(Beat.Line::held);
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void aSetStartsAfterItsSetupAndEndsAfterItsLastCountWithASound(Pace pace) {
        List<Block> blocks = Fixtures.plan().blocks(Fixtures.LONG_COUNTED, pace);
        List<Beat> first = blocks.get(0).beats();
        List<Beat> last = blocks.get(blocks.size() - 1).beats();

        assertThat(first.get(1)).isEqualTo(new Beat.Sound(SoundCue.SET_START));
        assertThat(last.get(last.size() - 1)).isEqualTo(new Beat.Sound(SoundCue.SET_END));
        assertThat(last.get(last.size() - 2)).isEqualTo(new Beat.Count(18, 18));
        assertThat(blocks).flatExtracting(Block::beats).filteredOn(Beat.Sound.class::isInstance).hasSize(2);
        assertThat(beats(Fixtures.LAST_TIMED, pace)).noneMatch(Beat.Sound.class::isInstance);
    }

    @ParameterizedTest
    @EnumSource(Pace.class)
    void aStepWhoseSoundsWouldPassFiveInOneAnswerIsSplit(Pace pace) {
        List<Block> blocks = Fixtures.plan().blocks(Fixtures.TWO_SIDED_HOLD, pace);

        assertThat(blocks.stream().mapToInt(block -> Pacing.sounds(block.beats())).sum()).isEqualTo(10);
        assertThat(blocks).hasSize(2).allMatch(block -> Pacing.sounds(block.beats()) <= Pacing.MAX_SOUNDS);
    }

    @Test
    void partsShareTheRepetitionsEvenly() {
        assertThat(Pacing.unitsPerPart(12, 3)).containsExactly(4, 4, 4);
        assertThat(Pacing.unitsPerPart(10, 3)).containsExactly(4, 3, 3);
        assertThat(Pacing.unitsPerPart(1, 1)).containsExactly(1);
    }

    @Test
    void aSingleRepetitionIsNotCounted() {
        Routine once = new Routine("once", "once", List.of(), 1, "Intro.", null, "How is it?",
                List.of(new RoutineStep("tilt", 1, null, null, null)));
        RoutinePlan plan = RoutinePlan.of(once, Fixtures.catalogue());

        assertThat(plan.blocks(0, Pace.NORMAL).get(0).beats()).noneMatch(Beat.Count.class::isInstance);
    }

    @Test
    void speakingTimeIsEstimatedAtAboutOneHundredAndFiftyWordsAMinute() {
        assertThat(Pacing.speaking("one two three four five")).isEqualTo(2.0);
        assertThat(Pacing.speaking("  ")).isZero();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "'Tilt and hold.'", "'  Breathe in,\tthen\n out  '", "'one'", "'\u2003 two words \u2003'"})
    void speakingCountsTheWordsAsSplittingOnWhiteSpaceDoes(String text) {
        String trimmed = text.strip();
        int split = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        assertThat(Pacing.speaking(text)).isEqualTo(split / Pacing.WORDS_PER_SECOND);
    }
}
