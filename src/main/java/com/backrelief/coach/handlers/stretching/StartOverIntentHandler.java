package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Start over": the routine again from its first exercise. */
public final class StartOverIntentHandler extends RoutineCommandHandler {

    public StartOverIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.StartOverIntent", StretchSession::startOver);
    }
}
