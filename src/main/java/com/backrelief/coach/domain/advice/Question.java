package com.backrelief.coach.domain.advice;

import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The short questions the coach may ask before advising, in the order it asks them, each with a
 * representative of every answer that could lead to different advice.
 */
public enum Question {
    ONSET(s -> s.onset() != null, List.of(
            s -> s.withOnset(Duration.ofHours(24)),
            s -> s.withOnset(Duration.ofHours(60)),
            s -> s.withOnset(Duration.ofDays(14)),
            s -> s.withOnset(Duration.ofDays(120)))),
    INJURY(s -> s.injury() != null, List.of(
            s -> s.withInjury(Injury.NONE),
            s -> s.withInjury(Injury.MINOR),
            s -> s.withInjury(Injury.MAJOR))),
    SWELLING(s -> s.swelling() != null, List.of(
            s -> s.withSwelling(true),
            s -> s.withSwelling(false))),
    FEEL(s -> s.feel() != null, List.of(
            s -> s.withFeel(Feel.TIGHT),
            s -> s.withFeel(Feel.SHARP))),
    /** "Both legs" is a red flag, found by the safety screen rather than asked for here. */
    LEG(s -> s.leg() != null, List.of(
            s -> s.withLeg(Leg.NONE),
            s -> s.withLeg(Leg.ONE)));

    private final Predicate<Symptoms> answered;
    private final List<UnaryOperator<Symptoms>> answers;

    Question(Predicate<Symptoms> answered, List<UnaryOperator<Symptoms>> answers) {
        this.answered = answered;
        this.answers = answers;
    }

    public boolean isAnswered(Symptoms symptoms) {
        return answered.test(symptoms);
    }

    List<UnaryOperator<Symptoms>> answers() {
        return answers;
    }
}
