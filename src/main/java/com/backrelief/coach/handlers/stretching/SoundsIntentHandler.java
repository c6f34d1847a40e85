package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.common.UserProgress;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * "Turn off the sounds" ({@code SoundsOffIntent}) and "turn the sounds back on" ({@code SoundsOnIntent}):
 * a preference remembered like the pace; in a routine, the offer to carry on.
 */
public final class SoundsIntentHandler implements RequestHandler {

    static final String OFF = "SoundsOffIntent";
    static final String ON = "SoundsOnIntent";

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, OFF, ON);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        boolean off = Requests.isIntent(input, OFF);
        UserProgress.of(input).update(progress -> progress.withSoundsOff(off));
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(CommonReplies.whatNext());
        return Answer.ask(input, RoutineReplies.sounds(off).then(next), next);
    }
}
