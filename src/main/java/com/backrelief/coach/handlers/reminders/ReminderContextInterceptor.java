package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.backrelief.coach.handlers.common.Requests;

/** Forgets a reminder offer the person moved on from, so a later "yes" or "no" isn't taken as its answer. */
public final class ReminderContextInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest && input.getRequestEnvelope().getSession() != null
                && !Requests.isIntent(input, "AMAZON.YesIntent", "AMAZON.NoIntent")) {
            ReminderSession.of(input).clearOffer();
        }
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest && input.getRequestEnvelope().getSession() != null
                && !Requests.isIntent(input, "AMAZON.CancelIntent")) {
            // "Cancel" means the reminder just set only on the very next turn.
            ReminderSession.of(input).clearJustSet();
        }
    }
}
