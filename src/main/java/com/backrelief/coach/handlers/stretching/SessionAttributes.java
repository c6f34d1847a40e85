package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.util.HashMap;
import java.util.Map;

/** The session attributes of a request, or a throwaway map when Alexa sent no session. */
final class SessionAttributes {

    private SessionAttributes() {
    }

    static Map<String, Object> of(HandlerInput input) {
        return input.getRequestEnvelope().getSession() == null
                ? new HashMap<>() : input.getAttributesManager().getSessionAttributes();
    }
}
