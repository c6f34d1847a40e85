package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.response.ResponseBuilder;
import com.backrelief.coach.screen.Card;

/**
 * The card an answer sends to the Alexa app, when a handler chose one ({@link #send}); {@link Answer}
 * adds it. It goes to every device: the Alexa app shows it under the skill's activity, and on a device
 * that renders the skill's APL screen the screen stays what it is (Alexa shows a card on a screen only
 * when an answer has no APL of its own).
 */
public final class AppCard {

    static final String KEY = "appCard";

    private AppCard() {
    }

    /** The card to send with this answer (the last chosen wins). */
    public static void send(HandlerInput input, Card card) {
        input.getAttributesManager().getRequestAttributes().put(KEY, card);
    }

    /** Adds the chosen card, if any, as a Simple card (title and text; no image). */
    static ResponseBuilder attach(HandlerInput input, ResponseBuilder builder) {
        if (input.getAttributesManager().getRequestAttributes().get(KEY) instanceof Card card) {
            builder.withSimpleCard(card.title(), card.content());
        }
        return builder;
    }
}
