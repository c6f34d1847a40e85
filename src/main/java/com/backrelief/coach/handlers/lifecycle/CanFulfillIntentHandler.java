package com.backrelief.coach.handlers.lifecycle;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;

import java.util.Optional;

/**
 * Alexa asking whether the skill could take an intent without being named. The skill does not
 * opt into name-free interaction (its manifest lists no CanFulfillIntentRequest interface), so
 * should such a request arrive it declines cleanly rather than guessing.
 */
public final class CanFulfillIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof CanFulfillIntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder()
                .withCanFulfillIntent(CanFulfillIntent.builder().withCanFulfill(CanFulfillIntentValues.NO).build())
                .build();
    }
}
