package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** A "yes" nothing was waiting for: offer what the skill can do. */
public final class YesIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Answer.ask(input, Speech.of("Okay.").then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }
}
