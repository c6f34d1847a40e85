package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "Never mind" or "cancel" during the heat-or-ice questions: the questions stop, the session does not. */
public final class AdviceCancelHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.CancelIntent") && AdviceSession.interviewing(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AdviceSession.of(input).clearDialog();
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(CommonReplies.whatNext());
        return Answer.ask(input, Speech.of("Okay, let's leave that.").then(next), next);
    }
}
