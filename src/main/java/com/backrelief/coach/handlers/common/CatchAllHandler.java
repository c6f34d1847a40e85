package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * Registered last: an intent no other handler took gets a gentle redirect; any other request
 * type (events, notifications Alexa adds later) gets no speech, as Alexa expects.
 */
public final class CatchAllHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (Requests.meansAnIntent(input) || input.getRequestEnvelope().getRequest() instanceof IntentRequest) {
            return Answer.ask(input, Speech.of("Sorry, I can't help with that here.").then(CommonReplies.whatNext()),
                    CommonReplies.whatNext());
        }
        return Optional.empty();
    }
}
