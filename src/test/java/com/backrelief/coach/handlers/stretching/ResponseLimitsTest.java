package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.SoundCues;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.domain.stretching.Turn;
import com.backrelief.coach.speech.Speech;
import com.backrelief.coach.support.SsmlTimeline;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of every routine, at every pace, after every command, stays inside what Alexa
 * plays: well-formed SSML, no single break over ten seconds, under 8,000 characters of SSML, and under
 * 240 seconds of audio (words at 150 a minute plus the breaks), with room to spare for a preface; at
 * most five sounds, all of them clips the content names, and no silence over fifteen seconds.
 */
class ResponseLimitsTest {

    static final int MAX_SSML_CHARACTERS = 8000;
    /** Alexa plays at most five {@code <audio>} clips in one response. */
    static final int MAX_SOUNDS = 5;
    /** Room kept for a preface ("I'll start you on...") and for speech slower than the estimate. */
    static final double MARGIN = 0.85;
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)ms\"/>");
    private static final Map<String, Double> SOUND_SECONDS = TestSkill.CATALOGUE.sounds().sounds().values().stream()
            .collect(Collectors.toMap(SoundCues.Sound::source, SoundCues.Sound::seconds));

    private static final List<Function<StretchSession, Turn>> COMMANDS = List.of(
            StretchSession::next, StretchSession::previous, StretchSession::repeat, StretchSession::pause,
            StretchSession::resume, StretchSession::startOver, StretchSession::skip, StretchSession::howManyLeft,
            StretchSession::explain, StretchSession::easier, StretchSession::harder, StretchSession::slower,
            StretchSession::faster, StretchSession::stop);

    static Stream<Arguments> routinesAndPaces() {
        List<Arguments> cases = new ArrayList<>();
        for (Routine routine : TestSkill.CATALOGUE.routines()) {
            for (Pace pace : Pace.values()) {
                cases.add(Arguments.of(routine.id(), pace));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("routinesAndPaces")
    void everyAnswerFitsAlexasLimits(String routineId, Pace pace) {
        RoutinePlan plan = RoutinePlan.of(TestSkill.CATALOGUE.routine(routineId).orElseThrow(), TestSkill.CATALOGUE);
        Turn turn = StretchSession.start(plan, pace);
        check(turn, routineId + " start");
        int answers = 0;
        while (!turn.finished()) {
            StretchSession session = turn.state();
            String where = routineId + " step " + session.step() + " part " + session.part();
            check(StretchSession.pickUp(plan, session.step(), pace), where + " pick-up");
            for (Function<StretchSession, Turn> command : COMMANDS) {
                Turn after = command.apply(session);
                if (!after.finished()) {
                    check(after, where + " " + after.cue().getClass().getSimpleName());
                }
            }
            turn = session.next();
            answers++;
        }
        assertThat(answers).isGreaterThanOrEqualTo(plan.steps());
    }

    private static void check(Turn turn, String where) {
        Cue.AtBlock cue = (Cue.AtBlock) turn.cue();
        for (Speech speech : List.of(CoachingReplies.say(cue, TestSkill.CATALOGUE.sounds()), CoachingReplies.reprompt(cue))) {
            String ssml = "<speak>" + speech.toSsml() + "</speak>";
            assertThat(ssml.length()).as(where + " characters").isLessThan(MAX_SSML_CHARACTERS);
            assertThat(longestBreakMillis(ssml)).as(where + " longest break").isLessThanOrEqualTo(10_000);
            SsmlTimeline timeline = SsmlTimeline.of(ssml);
            assertThat(timeline.wellFormed()).as(where + " well-formed: " + ssml).isTrue();
            assertThat(timeline.sounds()).as(where + " sounds").hasSizeLessThanOrEqualTo(MAX_SOUNDS)
                    .allMatch(SOUND_SECONDS::containsKey);
            double soundSeconds = timeline.sounds().stream().mapToDouble(SOUND_SECONDS::get).sum();
            assertThat(soundSeconds + audioSeconds(ssml)).as(where + " seconds of audio").isLessThan(240 * MARGIN);
            assertThat(timeline.longestSilenceMillis()).as(where + " longest silence").isLessThanOrEqualTo(15_000);
        }
    }

    static long longestBreakMillis(String ssml) {
        long longest = 0;
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            longest = Math.max(longest, Long.parseLong(m.group(1)));
        }
        return longest;
    }

    /** Words at 150 a minute, plus every break. */
    static double audioSeconds(String ssml) {
        double pauses = 0;
        Matcher m = BREAK.matcher(ssml);
        while (m.find()) {
            pauses += Long.parseLong(m.group(1)) / 1000.0;
        }
        String words = ssml.replaceAll("<[^>]+>", " ").strip();
        return pauses + (words.isEmpty() ? 0 : words.split("\\s+").length / 2.5);
    }
}
