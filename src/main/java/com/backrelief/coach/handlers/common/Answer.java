package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/** The two shapes of answer: one that waits for the person, and one that says goodbye. */
public final class Answer {

    private Answer() {
    }

    /** Keeps the session open: the speech should end with a question, and the reprompt repeats it. */
    public static Optional<Response> ask(HandlerInput input, Speech speech, Speech reprompt) {
        return input.getResponseBuilder()
                .withSpeech(speech.toSsml())
                .withReprompt(reprompt.toSsml())
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks and closes the session. */
    public static Optional<Response> tell(HandlerInput input, Speech speech) {
        return input.getResponseBuilder()
                .withSpeech(speech.toSsml())
                .withShouldEndSession(true)
                .build();
    }
}
