package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "How many are left": where the person is in the routine and roughly how long remains. */
public final class HowManyLeftIntentHandler extends RoutineCommandHandler {

    public HowManyLeftIntentHandler(RoutineCoach coach) {
        super(coach, "HowManyLeftIntent", StretchSession::howManyLeft);
    }
}
