package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.progress.SavedPlace;
import com.backrelief.coach.domain.stretching.RoutinePlan;
import com.backrelief.coach.domain.stretching.StretchSession;

import java.util.Optional;

/** "Resume": carry on after a pause, or, in a new session, pick up a recent saved place straight away. */
public final class ResumeIntentHandler extends RoutineCommandHandler {

    public ResumeIntentHandler(RoutineCoach coach) {
        super(coach, "AMAZON.ResumeIntent", StretchSession::resume);
    }

    @Override
    Optional<Response> withoutRoutine(HandlerInput input) {
        Optional<SavedPlace> place = coach.freshPlace(input);
        if (place.isEmpty()) {
            return coach.noRoutine(input);
        }
        RoutinePlan plan = coach.plan(coach.catalogue().routine(place.get().routineId()).orElseThrow());
        return coach.answer(input, StretchSession.pickUp(plan, place.get().step(), coach.pace(input)));
    }
}
