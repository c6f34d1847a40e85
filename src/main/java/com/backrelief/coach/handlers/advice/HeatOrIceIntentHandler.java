package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "Should I use heat or ice?", at once or over a few short questions. */
public final class HeatOrIceIntentHandler implements RequestHandler {

    public static final String INTENT = "HeatOrIceIntent";

    private final AdviceDialog dialog;

    public HeatOrIceIntentHandler(HeatIceAdvisor advisor, HeatIceGuide guide, EmergencyNumbers numbers) {
        this.dialog = new AdviceDialog(advisor, guide, numbers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return dialog.continueWith(input, SymptomSlots.read(input));
    }
}
