package com.backrelief.coach.domain.advice;

import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Disc;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static com.backrelief.coach.domain.advice.Recommendation.COLD;
import static com.backrelief.coach.domain.advice.Recommendation.EITHER;
import static com.backrelief.coach.domain.advice.Recommendation.HEAT;
import static com.backrelief.coach.domain.advice.Recommendation.NEITHER;
import static com.backrelief.coach.domain.advice.Recommendation.URGENT_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The fact sheet's heat-or-ice rules (section 1.3), one row per rule, then the order between them. */
class HeatIceAdvisorTest {

    private final HeatIceAdvisor advisor = new HeatIceAdvisor();

    // Named situations, as a person would describe them.
    static Symptoms nothingKnown() {
        return Symptoms.UNKNOWN;
    }

    static Symptoms hours(long hours) {
        return Symptoms.UNKNOWN.withOnset(Duration.ofHours(hours));
    }

    static Symptoms days(long days) {
        return Symptoms.UNKNOWN.withOnset(Duration.ofDays(days));
    }

    static Symptoms liftingStrain(long hoursAgo, Boolean swelling) {
        return hours(hoursAgo).withInjury(Injury.MINOR).withSwelling(swelling);
    }

    static Symptoms cameOnByItself(long daysAgo) {
        return days(daysAgo).withInjury(Injury.NONE).withLeg(Leg.NONE);
    }

    static Stream<Arguments> oneTypicalCasePerRule() {
        return Stream.of(
                arguments("R0", "a red flag was reported", nothingKnown().withRedFlag(true), URGENT_CARE, null),
                arguments("R1", "fell off a ladder this morning", hours(3).withInjury(Injury.MAJOR), URGENT_CARE, null),
                arguments("R2", "numb skin at the spot", nothingKnown().withHeatUnsafe(true).withColdUnsafe(true), NEITHER, null),
                arguments("R3", "diabetes, back ache for a week", cameOnByItself(7).withHeatUnsafe(true), COLD, Pack.COLD),
                arguments("R4", "Raynaud's, stiff for a week", cameOnByItself(7).withColdUnsafe(true), HEAT, Pack.HEAT),
                arguments("R5", "lifted a box two and a half days ago, it's swollen", liftingStrain(60, true), COLD, Pack.COLD),
                arguments("R6", "pulled it lifting yesterday, no swelling", liftingStrain(24, false), COLD, Pack.COLD),
                arguments("R7", "ice has helped before", cameOnByItself(7).withPreference(Pack.COLD, true), COLD, Pack.COLD),
                arguments("R8", "pain down one leg for a week", cameOnByItself(7).withLeg(Leg.ONE), EITHER, Pack.HEAT),
                arguments("R9", "herniated disc flared up two days ago", hours(48).withDisc(Disc.RECENT), EITHER, Pack.COLD),
                arguments("R10", "came on by itself three days ago", cameOnByItself(3), HEAT, Pack.HEAT),
                arguments("R11", "strained it a week ago, feels tight", liftingStrain(24 * 7, false).withFeel(Feel.TIGHT), HEAT, Pack.HEAT),
                arguments("R12", "sharp pain for six months", days(180).withInjury(Injury.NONE).withFeel(Feel.SHARP), EITHER, null),
                arguments("R13", "achy upper back", nothingKnown().withArea(Area.UPPER), HEAT, Pack.HEAT),
                arguments("R99", "nothing known", nothingKnown(), HEAT, Pack.HEAT));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oneTypicalCasePerRule")
    void eachRuleGivesTheFactSheetsAdviceForItsTypicalCase(String rule, String situation, Symptoms symptoms,
                                                           Recommendation recommendation, Pack pack) {
        Advice advice = advisor.advise(symptoms);

        assertThat(advice.rule()).as(situation).isEqualTo(rule);
        assertThat(advice.recommendation()).as(situation).isEqualTo(recommendation);
        assertThat(advice.pack()).as(situation).isEqualTo(pack);
    }

    @Test
    void theRulesAreTriedInTheFactSheetsOrder() {
        assertThat(advisor.ruleIds()).containsExactly("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9",
                "R10", "R11", "R12", "R13", "R99");
    }

    static Stream<Arguments> precedence() {
        return Stream.of(
                arguments("R0 beats R1: both legs after a fall", hours(3).withInjury(Injury.MAJOR).withLeg(Leg.BOTH), "R0"),
                arguments("R1 beats R3: a fall, with diabetes", hours(3).withInjury(Injury.MAJOR).withHeatUnsafe(true), "R1"),
                arguments("R2 beats R3: heat and cold both unsafe", liftingStrain(24, true).withHeatUnsafe(true).withColdUnsafe(true), "R2"),
                arguments("R3 beats R5: heat unsafe after a swollen strain", liftingStrain(24, true).withHeatUnsafe(true), "R3"),
                arguments("R4 gives neither when R5 applies", liftingStrain(24, true).withColdUnsafe(true), "R4"),
                arguments("R5 beats R6: swollen the first day", liftingStrain(24, true), "R5"),
                arguments("R5 beats R7: heat helped before, but a fresh swollen strain", liftingStrain(24, true).withPreference(Pack.HEAT, true), "R5"),
                arguments("R6 beats R7: heat helped before, but strained yesterday", liftingStrain(24, false).withPreference(Pack.HEAT, true), "R6"),
                arguments("R6 when nobody mentioned swelling", liftingStrain(24, null), "R6"),
                arguments("R7 beats R8: cold helped, pain down one leg", cameOnByItself(7).withLeg(Leg.ONE).withPreference(Pack.COLD, true), "R7"),
                arguments("R8 beats R9: one leg and a recent disc", cameOnByItself(3).withLeg(Leg.ONE).withDisc(Disc.RECENT), "R8"),
                arguments("R8 beats R10: one leg, came on by itself", cameOnByItself(3).withLeg(Leg.ONE), "R8"),
                arguments("R9 beats R10: recent disc, no injury", cameOnByItself(3).withDisc(Disc.RECENT), "R9"),
                arguments("R10 beats R11: tight, no injury, a week", cameOnByItself(7).withFeel(Feel.TIGHT), "R10"),
                arguments("R11 beats R12: tight for months", days(180).withInjury(Injury.NONE).withFeel(Feel.TIGHT), "R11"),
                arguments("R11 not with fresh swelling: swollen strain on day three", liftingStrain(66, true).withFeel(Feel.TIGHT).withColdUnsafe(false), "R5"),
                arguments("R12 beats R13: upper back for months", days(180).withArea(Area.UPPER), "R12"),
                arguments("R10 up to twelve weeks", cameOnByItself(83), "R10"),
                arguments("R12 from twelve weeks", cameOnByItself(84), "R12"),
                arguments("R5 up to seventy-two hours", liftingStrain(72, true), "R5"),
                arguments("R6 up to seventy-two hours", liftingStrain(72, false), "R6"),
                arguments("no R6 after seventy-two hours", liftingStrain(73, false), "R99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedence")
    void theFirstMatchingRuleWins(String situation, Symptoms symptoms, String rule) {
        assertThat(advisor.advise(symptoms).rule()).isEqualTo(rule);
    }

    @Test
    void bothLegsIsNeverR8ButARedFlag() {
        Advice advice = advisor.advise(cameOnByItself(7).withLeg(Leg.BOTH));

        assertThat(advice.rule()).isEqualTo("R0");
        assertThat(advice.recommendation()).isEqualTo(URGENT_CARE);
        assertThat(advice.suggestsAPack()).isFalse();
    }

    @Test
    void coldUnsafeWithAFreshSwollenStrainIsNeitherWithItsOwnReason() {
        Advice advice = advisor.advise(liftingStrain(24, true).withColdUnsafe(true));

        assertThat(advice.recommendation()).isEqualTo(NEITHER);
        assertThat(advice.rationaleKey()).isEqualTo("R4-neither");
    }

    @Test
    void eitherFollowsThePersonsPreferenceWhenTheyHaveOne() {
        Advice advice = advisor.advise(cameOnByItself(7).withLeg(Leg.ONE).withPreference(Pack.COLD, false));

        assertThat(advice.recommendation()).isEqualTo(EITHER);
        assertThat(advice.pack()).isEqualTo(Pack.COLD);
        assertThat(advice.followsPreference()).isTrue();
    }

    static Stream<Arguments> howToUseThePack() {
        return Stream.of(
                arguments("fresh strain: cold every two to three hours", liftingStrain(24, true), PackUse.COLD_FRESH_STRAIN),
                arguments("heat", cameOnByItself(3), PackUse.HEAT),
                arguments("cold, no fresh strain", cameOnByItself(7).withHeatUnsafe(true), PackUse.COLD),
                arguments("either, no lean", days(180).withInjury(Injury.NONE).withFeel(Feel.SHARP), PackUse.EITHER),
                arguments("neither", nothingKnown().withHeatUnsafe(true).withColdUnsafe(true), null),
                arguments("urgent care", nothingKnown().withInjury(Injury.MAJOR), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("howToUseThePack")
    void theAdviceSaysHowLongAndHowOftenForThePackItSuggests(String situation, Symptoms symptoms, PackUse use) {
        assertThat(advisor.advise(symptoms).use()).isEqualTo(use);
    }

    static Stream<Arguments> questionsStillNeeded() {
        return Stream.of(
                arguments("nothing known: when it started comes first", nothingKnown(), List.of(Question.ONSET, Question.INJURY, Question.FEEL, Question.LEG)),
                arguments("pulled it lifting yesterday, wants ice: answer at once", liftingStrain(24, null).withPreference(Pack.COLD, false), List.of()),
                arguments("started yesterday: how it started", hours(24), List.of(Question.INJURY, Question.LEG)),
                arguments("came on by itself two days ago: the legs", hours(48).withInjury(Injury.NONE), List.of(Question.LEG)),
                arguments("answered everything", cameOnByItself(3), List.of()),
                arguments("a strain within seventy-two hours: cold with or without swelling", liftingStrain(66, null), List.of()),
                arguments("months, no injury: tight or sharp, and the legs", days(180).withInjury(Injury.NONE), List.of(Question.FEEL, Question.LEG)),
                arguments("a serious fall: nothing more to ask", nothingKnown().withInjury(Injury.MAJOR), List.of()),
                arguments("both legs: nothing more to ask", nothingKnown().withLeg(Leg.BOTH), List.of()),
                arguments("a red flag: nothing more to ask", nothingKnown().withRedFlag(true), List.of()),
                arguments("heat and cold unsafe: only a fall could change it", nothingKnown().withHeatUnsafe(true).withColdUnsafe(true), List.of(Question.INJURY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsStillNeeded")
    void asksOnlyWhatCouldChangeTheAdvice(String situation, Symptoms symptoms, List<Question> expected) {
        assertThat(advisor.missing(symptoms)).isEqualTo(expected);
    }
}
