package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Easier": an easier way to do the current exercise, then the exercise again. */
public final class EasierIntentHandler extends RoutineCommandHandler {

    public EasierIntentHandler(RoutineCoach coach) {
        super(coach, "EasierIntent", StretchSession::easier);
    }
}
