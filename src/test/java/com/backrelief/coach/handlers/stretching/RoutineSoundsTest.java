package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Beat;
import com.backrelief.coach.domain.stretching.Block;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Pacing;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.SoundCue;
import com.backrelief.coach.domain.stretching.SoundCues;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.domain.stretching.Turn;
import com.backrelief.coach.speech.Speech;
import com.backrelief.coach.support.SsmlTimeline;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole routine, at each pace, as the coach leads it: every long hold starts and ends with its
 * sound, every set starts and ends with its sound, no silence runs past fifteen seconds without a word
 * or a sound, and a silence longer than one pause only ever happens inside a hold so marked.
 */
class RoutineSoundsTest {

    private static final SoundCues SOUNDS = TestSkill.CATALOGUE.sounds();
    private static final long LONGEST_SILENCE_MILLIS = 15_000;

    private static String source(SoundCue cue) {
        return SOUNDS.sound(cue).orElseThrow().source();
    }

    /** Every answer of a routine led from start to finish at {@code pace}, with the block each one leads. */
    private static List<Block> wholeRoutine(String routineId, Pace pace) {
        RoutinePlan plan = RoutinePlan.of(TestSkill.CATALOGUE.routine(routineId).orElseThrow(), TestSkill.CATALOGUE);
        List<Block> blocks = new ArrayList<>();
        for (int step = 0; step < plan.steps(); step++) {
            blocks.addAll(plan.blocks(step, pace));
        }
        return blocks;
    }

    private static SsmlTimeline led(Block block) {
        return SsmlTimeline.of(CoachingReplies.say(new Cue.Lead(Cue.Why.NEXT, block), SOUNDS).toSsml());
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("com.backrelief.coach.handlers.stretching.ResponseLimitsTest#routinesAndPaces")
    void everyLongHoldStartsAndEndsWithItsSound(String routineId, Pace pace) {
        for (Block block : wholeRoutine(routineId, pace)) {
            String where = routineId + " " + block.stretch().id() + " part " + block.part();
            assertThat(block.beats()).as(where + ": a silence longer than one pause is a marked hold")
                    .noneMatch(b -> b instanceof Beat.Line line && line.pauseSeconds() > Pacing.HELD_SECONDS && !line.held());
            long held = block.beats().stream().filter(b -> b instanceof Beat.Line line && line.held()).count();
            SsmlTimeline said = led(block);

            assertThat(Collections.frequency(said.sounds(), source(SoundCue.HOLD_START))).as(where).isEqualTo(held);
            assertThat(Collections.frequency(said.sounds(), source(SoundCue.HOLD_END))).as(where).isEqualTo(held);
            assertThat(said.unmarkedSilencesOver(Speech.MAX_BREAK.toMillis(), source(SoundCue.HOLD_START),
                    source(SoundCue.HOLD_END))).as(where + ": long silences outside a marked hold").isEmpty();
            assertThat(said.longestSilenceMillis()).as(where + " longest silence").isLessThanOrEqualTo(LONGEST_SILENCE_MILLIS);
        }
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("com.backrelief.coach.handlers.stretching.ResponseLimitsTest#routinesAndPaces")
    void everySetStartsAndEndsWithItsSound(String routineId, Pace pace) {
        for (Block block : wholeRoutine(routineId, pace)) {
            String where = routineId + " " + block.stretch().id() + " part " + block.part();
            boolean set = block.routineStep().minutes() == null && block.routineStep().reps() > 1;
            List<String> sounds = led(block).sounds();

            assertThat(sounds.contains(source(SoundCue.SET_START))).as(where + " starts a set")
                    .isEqualTo(set && block.isFirstPart());
            assertThat(sounds.contains(source(SoundCue.SET_END))).as(where + " ends a set")
                    .isEqualTo(set && block.isLastPart());
            if (set && block.isFirstPart()) {
                assertThat(sounds.get(0)).as(where + ": the set's sound comes before any hold").isEqualTo(source(SoundCue.SET_START));
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("com.backrelief.coach.handlers.stretching.ResponseLimitsTest#routinesAndPaces")
    void noAnswerPlaysMoreSoundsThanAlexaAllows(String routineId, Pace pace) {
        for (Block block : wholeRoutine(routineId, pace)) {
            assertThat(Pacing.sounds(block.beats())).isLessThanOrEqualTo(ResponseLimitsTest.MAX_SOUNDS);
            assertThat(led(block).sounds()).hasSize(Pacing.sounds(block.beats()));
        }
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("com.backrelief.coach.handlers.stretching.ResponseLimitsTest#routinesAndPaces")
    void aRoutineCoachedWithoutSoundsKeepsItsWordsAndNoSilenceRunsLonger(String routineId, Pace pace) {
        for (Block block : wholeRoutine(routineId, pace)) {
            Speech withSounds = CoachingReplies.say(new Cue.Lead(Cue.Why.NEXT, block), SOUNDS);
            SsmlTimeline quiet = SsmlTimeline.of(withSounds.withoutSounds().toSsml());

            assertThat(quiet.sounds()).isEmpty();
            assertThat(withSounds.withoutSounds().toText()).isEqualTo(withSounds.toText());
            assertThat(quiet.longestSilenceMillis()).isLessThanOrEqualTo(LONGEST_SILENCE_MILLIS);
        }
    }

    @Test
    void theRoutinesHaveLongHoldsAndSetsToMark() {
        long held = 0;
        long sets = 0;
        for (var routine : TestSkill.CATALOGUE.routines()) {
            for (Block block : wholeRoutine(routine.id(), Pace.NORMAL)) {
                held += block.beats().stream().filter(b -> b instanceof Beat.Line line && line.held()).count();
                sets += block.beats().stream().filter(b -> b instanceof Beat.Sound).count();
            }
        }
        assertThat(held).isGreaterThan(5);
        assertThat(sets).isGreaterThan(10);
    }

    @Test
    void aLongHoldHearsAQuietHalfwayAndAMinutesWalkHearsKeepGoingEveryFifteenSeconds() {
        assertThat(CoachingReplies.keepingCompany(20).toPlainText()).isEqualTo("[pause 10s] Halfway. [pause 10s]");
        assertThat(CoachingReplies.keepingCompany(60).toPlainText()).isEqualTo(
                "[pause 15s] Keep going. [pause 15s] Keep going. [pause 15s] Keep going. [pause 15s]");
        assertThat(CoachingReplies.keepingCompany(15).toPlainText()).isEqualTo("[pause 15s]");
        assertThat(CoachingReplies.keepingCompany(30).toSsml()).isEqualTo("<break time=\"10000ms\"/> <break time=\"5000ms\"/> "
                + "<prosody volume=\"soft\">Halfway.</prosody> <break time=\"10000ms\"/> <break time=\"5000ms\"/>");
    }

    @Test
    void everyCueHasItsOwnShortSoundFromTheSoundLibrary() {
        List<String> sources = new ArrayList<>();
        for (SoundCue cue : SoundCue.values()) {
            SoundCues.Sound sound = SOUNDS.sound(cue).orElseThrow();
            assertThat(sound.source()).startsWith("soundbank://soundlibrary/");
            assertThat(Speech.empty().thenSound(sound.source()).soundCount()).isEqualTo(1);
            assertThat(sound.seconds()).isBetween(0.1, 5.0);
            sources.add(sound.source());
        }
        assertThat(sources).doesNotHaveDuplicates();
    }

    @Test
    void aRoutineLedTurnByTurnPlaysItsSounds() {
        RoutinePlan plan = RoutinePlan.of(TestSkill.CATALOGUE.routine("spasm-relief").orElseThrow(), TestSkill.CATALOGUE);
        Turn turn = StretchSession.start(plan, Pace.FAST);
        int withSounds = 0;
        while (!turn.finished()) {
            Speech said = CoachingReplies.say((Cue.AtBlock) turn.cue(), SOUNDS);
            withSounds += said.soundCount() > 0 ? 1 : 0;
            turn = turn.state().next();
        }
        assertThat(withSounds).isGreaterThan(3);
    }
}
