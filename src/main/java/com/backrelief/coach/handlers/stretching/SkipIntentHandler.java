package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Skip this one": on to the next exercise. */
public final class SkipIntentHandler extends RoutineCommandHandler {

    public SkipIntentHandler(RoutineCoach coach) {
        super(coach, "SkipIntent", StretchSession::skip);
    }
}
