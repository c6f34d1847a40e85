package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "No fever", "I don't have any numbness": never an alarm; thank the person and carry on. */
public final class SymptomDenialIntentHandler implements RequestHandler {

    public static final String INTENT = "SymptomDenialIntent";
    public static final String SLOT = "symptom";

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        boolean saidSomethingUnknown = Requests.spoken(input, SLOT).isPresent()
                && Requests.resolvedIds(input, SLOT).isEmpty();
        if (saidSomethingUnknown) {
            // "No" before words the model does not know may not be a denial at all: ask, don't dismiss.
            return Answer.ask(input, SafetyReplies.tellMeMore(), SafetyReplies.tellMeMoreReprompt());
        }
        return Answer.ask(input, SafetyReplies.thanksForTelling().then(CommonReplies.whatNext()),
                CommonReplies.whatNext());
    }
}
