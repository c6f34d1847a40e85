package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.speech.Speech;

import java.util.Map;
import java.util.Optional;

/**
 * What the skill heard in this request: its meaning (the request Alexa sent, or the one the words mean when Alexa
 * only captured free text, with what it names and what the words said), and what the answer must say first.
 *
 * @param meaning what the request means
 * @param lead    what the answer must say first, whatever it is (a see-someone-soon flag said with a question)
 */
public record Heard(Meaning meaning, Speech lead) {

    public Heard(Meaning meaning) {
        this(meaning, Speech.empty());
    }

    public static final String KEY = "heard";

    /** What the words said. */
    public Reading reading() {
        return meaning.reading();
    }

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
