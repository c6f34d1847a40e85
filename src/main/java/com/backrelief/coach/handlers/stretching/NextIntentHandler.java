package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Next": the next part of this exercise, the next exercise, or the end of the routine. */
public final class NextIntentHandler extends RoutineCommandHandler {

    public NextIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.NextIntent", StretchSession::next);
    }
}
