package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.StretchSession;

import java.util.Optional;

/**
 * "Next": the next part of this exercise, the next exercise, or the end of the routine. After a pause,
 * whose question is "Shall we carry on now?", "carry on" (or "next", "keep going") picks up where it
 * paused, as "resume" does: the exercise may not have been finished. After an exercise stopped because
 * it hurt, next moves on to the one after it.
 */
public final class NextIntentHandler extends RoutineCommandHandler {

    public NextIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.NextIntent", StretchSession::next);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<StretchSession> session = coach.session(input);
        if (session.isPresent() && session.get().paused() && PendingQuestion.is(input, PendingQuestion.PAUSED)) {
            return coach.answer(input, session.get().resume());
        }
        return session.isPresent() ? coach.answer(input, session.get().next()) : coach.noRoutine(input);
    }
}
