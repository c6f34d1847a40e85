package com.backrelief.coach.handlers.stretching;

import com.backrelief.coach.domain.stretching.StretchSession;

/** "How do I do this one": the full explanation of the current exercise. */
public final class ExplainCurrentIntentHandler extends RoutineCommandHandler {

    public ExplainCurrentIntentHandler(RoutineCoach coach) {
        super(coach, "ExplainCurrentIntent", StretchSession::explain);
    }
}
