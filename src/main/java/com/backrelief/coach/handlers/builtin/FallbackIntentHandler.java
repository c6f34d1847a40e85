package com.backrelief.coach.handlers.builtin;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.logging.RequestLog;
import com.backrelief.coach.speech.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words the skill could not place (Alexa's fallback, or free text that asks for nothing it knows):
 * never a bare "can't help", but the concrete choices with a phrase to say for each; in a routine, the
 * commands and the offer to carry on.
 */
public final class FallbackIntentHandler implements RequestHandler {

    private final String[] intents;

    /** @param freeText the free-text intents, whose words may ask for nothing the coach knows */
    public FallbackIntentHandler(Set<String> freeText) {
        List<String> names = new ArrayList<>(freeText);
        names.add("AMAZON.FallbackIntent");
        this.intents = names.toArray(String[]::new);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, intents);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        RequestLog.current().fallback();
        Optional<Speech> carryOn = ActiveRoutine.offerToCarryOn(input);
        if (carryOn.isPresent()) {
            Speech speech = Speech.of("Sorry, I didn't catch that. In a routine you can say next, repeat, pause, "
                    + "slower, easier, or stop.").then(carryOn.get());
            return Answer.ask(input, speech, carryOn.get());
        }
        Speech choices = Speech.of("You can ask, should I use heat or ice; say, how do I do a cat cow; or say, "
                + "start my stretches. What would you like?");
        return Answer.ask(input, Speech.of("Sorry, I didn't catch that.").then(choices), choices);
    }
}
