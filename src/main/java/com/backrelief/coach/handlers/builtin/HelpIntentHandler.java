package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.handlers.advice.AdviceSession;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** Help: the full disclaimer, then what a person can say. */
public final class HelpIntentHandler implements RequestHandler {

    private final EmergencyNumbers numbers;

    public HelpIntentHandler(EmergencyNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.HelpIntent");
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = CommonReplies.fullDisclaimer(Requests.localHelp(input, numbers))
                // Short enough to follow by ear (fact sheet section 5): the disclaimer, one example, the three choices.
                .then("For example, say: how do I do a cat cow.");
        // Asked in the middle of the heat-or-ice questions, the question comes back after it.
        Speech next = AdviceSession.questionAgain(input).orElse(CommonReplies.whatNext());
        return Answer.ask(input, speech.then(next), next);
    }
}
