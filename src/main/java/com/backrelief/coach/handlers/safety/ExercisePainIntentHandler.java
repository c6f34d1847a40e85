package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/**
 * "That hurts", "sharp pain" with no routine in progress (a stretch tried after hearing how): stop,
 * give the stop-exercise advice, ask what next. A routine in progress is stopped at its step by the
 * coach's own handler, which comes first.
 */
public final class ExercisePainIntentHandler implements RequestHandler {

    public static final String INTENT = "ExercisePainIntent";

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SafetyState.stopActivity(input);
        return Answer.ask(input, SafetyReplies.stopExercise().then(SafetyReplies.afterStopping()),
                SafetyReplies.afterStopping());
    }
}
