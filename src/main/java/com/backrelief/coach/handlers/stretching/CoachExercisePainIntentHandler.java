package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.safety.ExercisePainIntentHandler;

import java.util.Optional;

/**
 * "That hurts" during a routine: stops this exercise but keeps the routine at this step, so
 * "skip", "easier" or "stop" can follow. Without a routine, {@link ExercisePainIntentHandler} answers.
 */
public final class CoachExercisePainIntentHandler implements RequestHandler {

    private final RoutineCoach coach;

    public CoachExercisePainIntentHandler(RoutineCoach coach) {
        this.coach = coach;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, ExercisePainIntentHandler.INTENT) && coach.session(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return coach.stopForPain(input, coach.session(input).orElseThrow());
    }
}
