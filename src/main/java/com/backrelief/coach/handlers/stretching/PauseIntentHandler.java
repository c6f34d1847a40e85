package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Pause": coaching waits, with the session open, until the person says resume. */
public final class PauseIntentHandler extends RoutineCommandHandler {

    public PauseIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.PauseIntent", StretchSession::pause);
    }
}
