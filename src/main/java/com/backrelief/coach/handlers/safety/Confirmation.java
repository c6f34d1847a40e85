package com.backrelief.coach.handlers.safety;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.util.Map;
import java.util.Optional;

/**
 * A red flag the coach has asked about ("Is that because your legs feel weak or numb, rather than
 * because of the pain?"), kept in the session until the next answer and never longer.
 */
public final class Confirmation {

    static final String KEY = "confirming";

    /** Marks the question that asks whether a flag that holds only when recent was recent: "E6@when". */
    public static final String WHEN = "when";
    private static final String VARIANT = "@";

    private Confirmation() {
    }

    /** The red flag whose question waits for a yes or no. */
    public static Optional<String> pending(HandlerInput input) {
        return asked(input).map(asked -> asked.split(VARIANT)[0]);
    }

    /** Whether the question waiting is whether the flag was recent. */
    static boolean askedWhen(HandlerInput input) {
        return asked(input).filter(asked -> asked.endsWith(VARIANT + WHEN)).isPresent();
    }

    private static Optional<String> asked(HandlerInput input) {
        return session(input).map(attributes -> attributes.get(KEY)).filter(String.class::isInstance).map(String.class::cast);
    }

    static void ask(HandlerInput input, String flag) {
        session(input).ifPresent(attributes -> attributes.put(KEY, flag));
    }

    static void askWhen(HandlerInput input, String flag) {
        session(input).ifPresent(attributes -> attributes.put(KEY, flag + VARIANT + WHEN));
    }

    /** The question no longer stands: anything but a yes or no moved on from it. */
    public static void clear(HandlerInput input) {
        session(input).ifPresent(attributes -> attributes.remove(KEY));
    }

    private static Optional<Map<String, Object>> session(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(input.getAttributesManager().getSessionAttributes());
    }
}
