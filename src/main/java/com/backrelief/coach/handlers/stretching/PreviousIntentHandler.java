package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "Go back": the previous part or exercise. */
public final class PreviousIntentHandler extends RoutineCommandHandler {

    public PreviousIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.PreviousIntent", StretchSession::previous);
    }
}
