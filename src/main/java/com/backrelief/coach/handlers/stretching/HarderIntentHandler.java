package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Harder": a harder way to do the current exercise, then the exercise again. */
public final class HarderIntentHandler extends RoutineCommandHandler {

    public HarderIntentHandler(RoutineCoach coach) {
        super(coach, "HarderIntent", StretchSession::harder);
    }
}
