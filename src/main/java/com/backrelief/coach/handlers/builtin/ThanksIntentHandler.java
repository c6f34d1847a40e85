package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "Thank you": a kind word, and what else the coach can do (in a routine, the offer to carry on). */
public final class ThanksIntentHandler implements RequestHandler {

    public static final String INTENT = "ThanksIntent";

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(CommonReplies.whatNext());
        return Answer.ask(input, Speech.of("You're welcome. I hope your back feels easier soon.").then(next), next);
    }
}
