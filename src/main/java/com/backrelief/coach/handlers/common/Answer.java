package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.speech.Speech;

import java.util.Optional;

/**
 * The two shapes of answer: one that waits for the person, and one that says goodbye. On a device
 * with a screen, each also shows what a handler chose to show ({@link Display}), or the words.
 */
public final class Answer {

    private Answer() {
    }

    /** Keeps the session open: the speech should end with a question, and the reprompt repeats it. */
    public static Optional<Response> ask(HandlerInput input, Speech speech, Speech reprompt) {
        return onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withReprompt(reprompt.toSsml())
                .withShouldEndSession(false)
                .build();
    }

    /** Speaks and closes the session. */
    public static Optional<Response> tell(HandlerInput input, Speech speech) {
        return onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withShouldEndSession(true)
                .build();
    }

    /** Adds the screen for an answer built elsewhere (a dialog directive, say); nothing on a device without one. */
    public static ResponseBuilder onScreen(HandlerInput input, ResponseBuilder builder, Speech speech) {
        Display.directive(input, speech).ifPresent(builder::addDirective);
        return builder;
    }
}
