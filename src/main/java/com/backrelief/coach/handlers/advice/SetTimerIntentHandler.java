package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.Pack;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.alexa.Timers;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.time.Duration;
import java.util.Optional;

/** "Set a timer for my ice pack": an Alexa timer that says when to take the pack off. */
public final class SetTimerIntentHandler implements RequestHandler {

    public static final String INTENT = "SetTimerIntent";
    static final String PACK = "pack";
    static final String LENGTH = "length";

    private final PackTimer timer;
    private final TimerReplies replies;

    public SetTimerIntentHandler(HeatIceGuide guide, Timers timers) {
        this.timer = new PackTimer(guide, timers);
        this.replies = new TimerReplies(guide);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Duration asked = Requests.spoken(input, LENGTH).flatMap(SpokenDuration::parse).orElse(PackTimer.LONGEST);
        Duration length = PackTimer.capped(asked);
        Speech before = asked.compareTo(PackTimer.LONGEST) > 0 ? replies.capped() : Speech.empty();
        return timer.set(input, use(input), length, before, true);
    }

    /** The pack named now, else the one just advised, else either. */
    private static PackUse use(HandlerInput input) {
        AdviceSession session = AdviceSession.of(input);
        Optional<PackUse> advised = session.timerOffer().or(session::lastUse);
        Optional<Pack> named = Requests.resolvedId(input, PACK).map(SymptomSlots::pack);
        if (named.isEmpty()) {
            return advised.orElse(PackUse.EITHER);
        }
        boolean freshStrain = advised.filter(PackUse.COLD_FRESH_STRAIN::equals).isPresent();
        return PackUse.of(named.get(), freshStrain);
    }
}
