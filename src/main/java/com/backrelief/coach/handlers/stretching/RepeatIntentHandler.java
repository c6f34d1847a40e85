package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Repeat": the current exercise (or part of it) again. */
public final class RepeatIntentHandler extends RoutineCommandHandler {

    public RepeatIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.RepeatIntent", StretchSession::repeat);
    }
}
