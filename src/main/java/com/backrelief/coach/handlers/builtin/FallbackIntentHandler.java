package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** Something outside what the skill does: say so, and offer what it can do. */
public final class FallbackIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.FallbackIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of("Sorry, I can't help with that. I can help you choose between heat and ice, "
                + "and explain back stretches.").then(CommonReplies.whatNext());
        return Answer.ask(input, speech, CommonReplies.whatNext());
    }
}
