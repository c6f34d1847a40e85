package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * Yes or no to "Want to hear how much to do, and when to stop?" after a stretch was explained: yes gets how much,
 * when to stop and its cautions; no still gets its cautions, as anyone who tries it should hear them.
 */
public final class StretchDetailsReplyHandler implements RequestHandler {

    private final StretchCatalogue catalogue;

    public StretchDetailsReplyHandler(StretchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent")
                && PendingQuestion.is(input, PendingQuestion.DETAILS);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Object id = SessionAttributes.of(input).remove(PendingQuestion.DETAILS_KEY);
        PendingQuestion.clear(input);
        Optional<Stretch> stretch = Optional.ofNullable(id).map(String::valueOf).flatMap(catalogue::stretch);
        Speech said = stretch.map(s -> Requests.isIntent(input, "AMAZON.YesIntent") ? StretchReplies.details(s)
                : Speech.of("Okay.").then(StretchReplies.cautionsOf(s))).orElse(Speech.of("Okay."));
        return Answer.ask(input, said.then(StretchReplies.whichNext()), StretchReplies.whichNext());
    }
}
