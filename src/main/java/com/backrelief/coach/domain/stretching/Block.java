package com.backrelief.coach.domain.stretching;

import java.util.List;

/**
 * What the coach leads in one answer: all of one routine step, or one part of it when the whole
 * would be too long for a single answer.
 *
 * @param step           index of the routine step
 * @param steps          how many steps the routine has
 * @param exerciseNumber which exercise this is, counting from one (repeated sets count once)
 * @param exercises      how many exercises the routine has
 * @param stretch        the exercise
 * @param routineStep    how the routine asks for it (reps, hold, note)
 * @param part           which part of the step, from zero
 * @param parts          how many parts the step is split into at this pace
 * @param firstUnit      index of the first repetition (or alternating pair) in this part
 * @param beats          what to say and when to be silent, in order
 * @param anotherSet     true when the step before is the same exercise: this is a further set of it
 */
public record Block(int step, int steps, int exerciseNumber, int exercises, Stretch stretch, RoutineStep routineStep,
                    int part, int parts, int firstUnit, List<Beat> beats, boolean anotherSet) {

    public Block {
        beats = List.copyOf(beats);
    }

    public boolean isFirstPart() {
        return part == 0;
    }

    public boolean isLastPart() {
        return part == parts - 1;
    }

    public boolean isLastStep() {
        return step == steps - 1;
    }
}
