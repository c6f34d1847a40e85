package com.backrelief.coach.domain.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a person stopped in a routine, so a later session can offer to pick up there.
 *
 * @param routineId the routine
 * @param step      the routine step reached, from zero
 * @param savedAt   when the place was reached
 */
public record SavedPlace(String routineId, int step, Instant savedAt) {

    /** After this long a place is offered as a fresh start rather than a pick-up. */
    public static final Duration FRESH_FOR = Duration.ofDays(1);

    public SavedPlace {
        step = Math.max(0, step);
    }

    /** True while the place is recent enough to pick up from. */
    public boolean isFresh(Instant now) {
        return !savedAt.plus(FRESH_FOR).isBefore(now);
    }

    /** The same place as this one, ignoring when it was saved. */
    public boolean sameAs(String routineId, int step) {
        return this.routineId.equals(routineId) && this.step == step;
    }
}
