package com.backrelief.coach.handlers.builtin;

import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.safety.SafetyNet;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.advice.AdviceSession;
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
    private final EmergencyNumbers numbers;

    /** @param freeText the free-text intents, whose words may ask for nothing the coach knows */
    public FallbackIntentHandler(Set<String> freeText, EmergencyNumbers numbers) {
        this.numbers = numbers;
        List<String> names = new ArrayList<>(freeText);
        names.add("AMAZON.FallbackIntent");
        this.intents = names.toArray(String[]::new);
    }

    /** The requests it answers: the free-text intents and Alexa's fallback. */
    public String[] intents() {
        return intents.clone();
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
            return answer(input, speech, carryOn.get());
        }
        Speech sorry = Speech.of("Sorry, I didn't catch that.");
        Optional<Speech> interviewQuestion = AdviceSession.questionAgain(input);
        if (interviewQuestion.isPresent()) {
            // In the heat-or-ice interview: its question again ("So, when did this pain start?"), not the menu
            return answer(input, sorry.then(interviewQuestion.get()), interviewQuestion.get());
        }
        Speech choices = Speech.of("You can ask, should I use heat or ice; say, how do I do a cat cow; or say, "
                + "start my stretches. What would you like?");
        if (Heard.reading(input).describesThePain()) {
            // Back-pain words the coach could not place: the emergency signs in one line (fact sheet section 5).
            sorry = sorry.then(SafetyNet.line(Requests.localHelp(input, numbers)));
        }
        return answer(input, sorry.then(choices), choices);
    }

    /** After Alexa's fallback, which sent no words, the next words are asked for as they are. */
    private static Optional<Response> answer(HandlerInput input, Speech speech, Speech reprompt) {
        return Requests.isIntent(input, "AMAZON.FallbackIntent") ? Answer.askForWords(input, speech, reprompt)
                : Answer.ask(input, speech, reprompt);
    }
}
