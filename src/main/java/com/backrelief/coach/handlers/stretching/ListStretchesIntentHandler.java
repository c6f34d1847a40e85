package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.screen.Display;

import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "What stretches do you know": every exercise card by name. */
public final class ListStretchesIntentHandler implements RequestHandler {

    public static final String INTENT = "ListStretchesIntent";

    private final StretchCatalogue catalogue;

    public ListStretchesIntentHandler(StretchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Display.show(input, StepScreens.list(catalogue.cards()));
        // In a routine, the list is an aside: then back to the exercise it interrupted.
        Speech next = ActiveRoutine.offerToCarryOn(input).orElse(StretchReplies.whichOne());
        return Answer.ask(input, StretchReplies.list(catalogue).then(next), next);
    }
}
