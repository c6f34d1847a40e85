package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** Yes or no to "Want the safety tips?" after the first advice: the tips (or not), then the timer offer. */
public final class TipsOfferReplyHandler implements RequestHandler {

    private final AdviceReplies replies;

    public TipsOfferReplyHandler(HeatIceGuide guide) {
        this.replies = new AdviceReplies(guide);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent") && AdviceSession.of(input).tipsOffer().isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AdviceSession session = AdviceSession.of(input);
        PackUse use = session.tipsOffer().orElse(PackUse.EITHER);
        String rule = session.tipsRule();
        session.clearTipsOffer();
        Speech said = Requests.isIntent(input, "AMAZON.YesIntent") ? replies.tips(use, rule) : replies.safetyDeclined();
        if (!Requests.isIntent(input, "AMAZON.YesIntent")) {
            // "no", or "never mind": the offer, declined
            // In a routine, "no" to more about the pack is the end of the aside: back to the routine, asked plainly.
            Optional<Speech> carryOn = ActiveRoutine.offerToCarryOn(input);
            if (carryOn.isPresent()) {
                return Answer.ask(input, said.then(carryOn.get()), carryOn.get());
            }
        }
        session.offerTimer(use);
        return Answer.ask(input, said.then(replies.timerOffer()), replies.timerOfferReprompt());
    }
}
