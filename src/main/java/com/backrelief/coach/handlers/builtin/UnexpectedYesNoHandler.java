package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * "Yes" or "no" that no capability's pending question claimed (registered after all of those):
 * say so kindly and offer what the skill can do.
 */
public final class UnexpectedYesNoHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Answer.ask(input, Speech.of("Sorry, I'm not sure what that was about.").then(CommonReplies.whatNext()),
                CommonReplies.whatNext());
    }
}
