package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.alexa.Timers;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** Yes or no to "Want me to set a twenty-minute timer?" right after the advice. */
public final class TimerOfferReplyHandler implements RequestHandler {

    private final PackTimer timer;
    private final TimerReplies replies;

    public TimerOfferReplyHandler(HeatIceGuide guide, Timers timers) {
        this.timer = new PackTimer(guide, timers);
        this.replies = new TimerReplies(guide);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent") && AdviceSession.of(input).timerOffer().isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        AdviceSession session = AdviceSession.of(input);
        PackUse use = session.timerOffer().orElse(PackUse.EITHER);
        session.clearTimerOffer();
        if (!Requests.isIntent(input, "AMAZON.YesIntent")) {
            // "no", or "never mind": the offer, declined
            Speech next = ActiveRoutine.offerToCarryOn(input).orElse(CommonReplies.whatNext());
            return Answer.ask(input, replies.declined().then(next), next);
        }
        return timer.set(input, use, PackTimer.LONGEST, Speech.empty(), true);
    }
}
