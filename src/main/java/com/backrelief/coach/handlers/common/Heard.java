package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.speech.Speech;

import java.util.Map;
import java.util.Optional;

/**
 * What the skill heard in this request: the intent it acts on (Alexa's, or the one the words
 * mean when Alexa only captured free text), and what the words were understood to say.
 *
 * @param intent  the intent the handlers act on
 * @param reading what the free text and slot words say
 * @param lead    what the answer must say first, whatever it is (a see-someone-soon flag said with a question)
 */
public record Heard(Intent intent, Reading reading, Speech lead) {

    public Heard(Intent intent, Reading reading) {
        this(intent, reading, Speech.empty());
    }

    public static final String KEY = "heard";

    /** What this request was heard as, once the understanding interceptor has run. */
    public static Optional<Heard> of(HandlerInput input) {
        Map<String, Object> attributes = input.getAttributesManager().getRequestAttributes();
        return attributes != null && attributes.get(KEY) instanceof Heard heard ? Optional.of(heard) : Optional.empty();
    }

    /** What the words said; nothing when no words were read. */
    public static Reading reading(HandlerInput input) {
        return of(input).map(Heard::reading).orElse(Reading.NOTHING);
    }
}
