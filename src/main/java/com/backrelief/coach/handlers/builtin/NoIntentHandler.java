package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** A "no" nothing was waiting for, as to "what would you like?": a goodbye. */
public final class NoIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.NoIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Answer.tell(input, Speech.of("Okay. Take care of your back. Goodbye."));
    }
}
