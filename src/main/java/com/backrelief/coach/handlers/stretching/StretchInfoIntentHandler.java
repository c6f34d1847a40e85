package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.AppCard;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.screen.Display;

import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** "How do I do a cat cow": the exercise explained, then what next. */
public final class StretchInfoIntentHandler implements RequestHandler {

    public static final String INTENT = "StretchInfoIntent";
    public static final String SLOT = "stretch";

    private final StretchCatalogue catalogue;

    public StretchInfoIntentHandler(StretchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<Stretch> stretch = Requests.resolvedId(input, SLOT).flatMap(catalogue::stretch)
                .or(() -> Requests.spoken(input, SLOT).flatMap(catalogue::findByName));
        if (stretch.isEmpty()) {
            Display.show(input, StepScreens.list(catalogue.cards()));
            return Answer.ask(input, StretchReplies.unknown(catalogue), StretchReplies.whichOne());
        }
        Display.show(input, StepScreens.explained(stretch.get()));
        AppCard.send(input, StretchReplies.card(stretch.get()));
        Optional<Speech> carryOn = ActiveRoutine.offerToCarryOn(input);
        if (carryOn.isPresent()) {
            // Another exercise explained in the middle of a routine is an aside: its cautions, then back.
            Speech said = StretchReplies.explain(stretch.get()).then(StretchReplies.cautionsOf(stretch.get()));
            return Answer.ask(input, said.then(carryOn.get()), carryOn.get());
        }
        PendingQuestion.ask(input, PendingQuestion.DETAILS);
        SessionAttributes.of(input).put(PendingQuestion.DETAILS_KEY, stretch.get().id());
        return Answer.ask(input, StretchReplies.explain(stretch.get()).then(StretchReplies.detailsOffer()),
                StretchReplies.detailsOffer());
    }
}
