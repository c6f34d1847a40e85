package com.backrelief.coach.domain.stretching;

import java.util.List;

/**
 * How one exercise is coached by voice.
 *
 * @param rep         the phases of one repetition, in order
 * @param reps        default repetitions per side
 * @param sides       1, or 2 when each side is worked in turn
 * @param alternating true when sides alternate rep by rep rather than one side then the other
 */
public record Coaching(List<Phase> rep, int reps, int sides, boolean alternating) {

    public Coaching {
        rep = List.copyOf(rep);
    }
}
