package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.Block;
import com.backrelief.coach.domain.stretching.Cue;
import com.backrelief.coach.domain.stretching.Pace;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.support.TestSkill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The length a person is told ("about twelve minutes") is what the coaching really takes: the
 * domain's estimate agrees with the script the coach speaks, measured as the limits test measures
 * it (words at 150 a minute plus every pause), and the introduction says it.
 */
class RoutineLengthTest {

    static Stream<Arguments> routinesAndPaces() {
        List<Arguments> cases = new ArrayList<>();
        for (Routine routine : TestSkill.CATALOGUE.routines()) {
            for (Pace pace : Pace.values()) {
                cases.add(Arguments.of(routine.id(), pace));
            }
        }
        return cases.stream();
    }

    private static RoutinePlan plan(String id) {
        return RoutinePlan.of(TestSkill.CATALOGUE.routine(id).orElseThrow(), TestSkill.CATALOGUE);
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("routinesAndPaces")
    void theEstimatedLengthIsTheLengthOfWhatTheCoachSays(String id, Pace pace) {
        RoutinePlan plan = plan(id);
        double spoken = 0;
        for (int step = 0; step < plan.steps(); step++) {
            for (Block block : plan.blocks(step, pace)) {
                spoken += ResponseLimitsTest.audioSeconds(CoachingReplies.say(new Cue.Lead(Cue.Why.NEXT, block), TestSkill.CATALOGUE.sounds()).toSsml());
            }
        }

        assertThat(plan.secondsFrom(0, pace)).isCloseTo(spoken, within(spoken * 0.05));
    }

    @ParameterizedTest(name = "{0} at {1} pace")
    @MethodSource("routinesAndPaces")
    void theIntroductionSaysTheEstimatedLength(String id, Pace pace) {
        RoutinePlan plan = plan(id);
        String said = CoachingReplies.say((Cue.AtBlock) StretchSession.start(plan, pace).cue(), TestSkill.CATALOGUE.sounds()).toPlainText();

        assertThat(said).contains(", about " + SpokenNumber.count(plan.minutes(pace), "minute", "minutes") + ".");
    }
}
