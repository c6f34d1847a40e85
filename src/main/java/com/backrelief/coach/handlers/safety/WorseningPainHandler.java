package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.CheckInIntentHandler;

import java.util.Optional;

/**
 * "It's getting worse" with no routine and no check-in (at launch, during heat-or-ice questions):
 * pain that keeps getting worse should be seen soon, today if very severe. It must come after
 * {@link CheckInIntentHandler}, which takes every other "better", "the same" or "worse".
 */
public final class WorseningPainHandler implements RequestHandler {

    private final EmergencyNumbers numbers;

    public WorseningPainHandler(EmergencyNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, CheckInIntentHandler.INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LocalHelp help = Requests.localHelp(input, numbers);
        SafetyState.stopActivity(input);
        SafetyState.remember(input, Tier.SOON);
        return Answer.ask(input, SafetyReplies.worsening(help).then(SafetyReplies.whatNow()), SafetyReplies.whatNow());
    }
}
