package com.backrelief.coach.domain.stretching;

import java.util.List;

/**
 * Where a person is in a routine being coached by voice, and every command they can give. Each
 * command returns the next session and what to say; the session itself never changes.
 *
 * @param plan   the routine with its exercises
 * @param step   the routine step being coached, from zero
 * @param part   which part of that step, from zero (a long step is led in parts)
 * @param pace   how much time to leave between cues
 * @param paused true while waiting for the person to say resume
 */
public record StretchSession(RoutinePlan plan, int step, int part, Pace pace, boolean paused) {

    public StretchSession {
        step = Math.max(0, Math.min(step, plan.steps() - 1));
        part = Math.max(0, Math.min(part, plan.blocks(step, pace).size() - 1));
    }

    /** Starts a routine from its first exercise. */
    public static Turn start(RoutinePlan plan, Pace pace) {
        StretchSession session = new StretchSession(plan, 0, 0, pace, false);
        return new Turn(session, new Cue.Begin(plan, plan.minutes(pace), session.block()));
    }

    /** Starts a routine at a step reached in an earlier session. */
    public static Turn pickUp(RoutinePlan plan, int step, Pace pace) {
        StretchSession session = new StretchSession(plan, step, 0, pace, false);
        return new Turn(session, new Cue.PickUp(plan, session.block()));
    }

    public String routineId() {
        return plan.id();
    }

    public Stretch exercise() {
        return plan.exercise(step);
    }

    /** The block being coached now. */
    public Block block() {
        return blocks().get(part);
    }

    private List<Block> blocks() {
        return plan.blocks(step, pace);
    }

    private StretchSession at(int step, int part) {
        return new StretchSession(plan, step, part, pace, false);
    }

    private Turn lead(Cue.Why why, StretchSession session) {
        return new Turn(session, new Cue.Lead(why, session.block()));
    }

    private Turn finish() {
        return new Turn(null, new Cue.Finished(plan.routine()));
    }

    /** The next part of this exercise, the next exercise, or the end of the routine. */
    public Turn next() {
        if (part < blocks().size() - 1) {
            return lead(Cue.Why.CARRY_ON, at(step, part + 1));
        }
        return step < plan.steps() - 1 ? lead(Cue.Why.NEXT, at(step + 1, 0)) : finish();
    }

    /** The previous part of this exercise, or the start of the previous exercise. */
    public Turn previous() {
        if (part > 0) {
            return lead(Cue.Why.BACK, at(step, part - 1));
        }
        return step > 0 ? lead(Cue.Why.BACK, at(step - 1, 0)) : lead(Cue.Why.ALREADY_FIRST, at(0, 0));
    }

    public Turn repeat() {
        return lead(Cue.Why.AGAIN, at(step, part));
    }

    public Turn pause() {
        return new Turn(new StretchSession(plan, step, part, pace, true), new Cue.Paused(block()));
    }

    public Turn resume() {
        return lead(Cue.Why.RESUMED, at(step, part));
    }

    /**
     * Halts coaching partway, for example when an exercise hurts: the session stays at this step,
     * paused, so the person can skip it, resume, or leave.
     */
    public Turn stop() {
        return new Turn(new StretchSession(plan, step, part, pace, true), new Cue.Stopped(block()));
    }

    public Turn startOver() {
        return lead(Cue.Why.FROM_THE_TOP, at(0, 0));
    }

    /**
     * Leaves this exercise out (every set of it in a row) and leads the next one, or ends the
     * routine after the last.
     */
    public Turn skip() {
        int after = step + 1;
        while (after < plan.steps() && plan.exerciseNumber(after) == plan.exerciseNumber(step)) {
            after++;
        }
        if (after == plan.steps()) {
            return finish();
        }
        StretchSession next = at(after, 0);
        return new Turn(next, new Cue.Skipped(exercise(), next.block()));
    }

    /**
     * Exercises after this one, and the minutes to go from the start of this one, estimated as the
     * introduction's length is, so from the first exercise the two agree.
     */
    public Turn howManyLeft() {
        int exercisesAfter = plan.exerciseCount() - plan.exerciseNumber(step);
        int minutes = Pacing.wholeMinutes(plan.secondsFrom(step, pace));
        return new Turn(this, new Cue.Left(exercisesAfter, minutes, block()));
    }

    public Turn explain() {
        return new Turn(this, new Cue.Explained(block()));
    }

    public Turn easier() {
        return new Turn(at(step, part), new Cue.Variant(true, exercise().easier(), block()));
    }

    public Turn harder() {
        return new Turn(at(step, part), new Cue.Variant(false, exercise().harder(), block()));
    }

    public Turn slower() {
        return withPace(pace.slower());
    }

    public Turn faster() {
        return withPace(pace.faster());
    }

    /** Same place at another pace: the part that holds the repetition this part started with. */
    private Turn withPace(Pace newPace) {
        int unit = block().firstUnit();
        List<Block> blocks = plan.blocks(step, newPace);
        int newPart = 0;
        for (Block candidate : blocks) {
            if (candidate.firstUnit() <= unit) {
                newPart = candidate.part();
            }
        }
        StretchSession session = new StretchSession(plan, step, newPart, newPace, false);
        return new Turn(session, new Cue.PaceChanged(newPace, newPace != pace, session.block()));
    }
}
