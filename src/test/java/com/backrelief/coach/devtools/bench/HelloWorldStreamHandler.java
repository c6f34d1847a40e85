package com.backrelief.coach.devtools.bench;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;

import java.util.Optional;

/**
 * The baseline for the cold-start benchmark: the ASK SDK's hello-world sample in a few lines on
 * {@code ask-sdk-core} alone (launch, hello, help, stop and a catch-all), with no storage.
 */
public class HelloWorldStreamHandler extends SkillStreamHandler {

    public HelloWorldStreamHandler() {
        super(new CustomSkillBuilder()
                .addRequestHandlers(
                        say(Predicates.requestType(LaunchRequest.class), "Welcome to the Alexa Skills Kit, you can say hello", false),
                        say(Predicates.intentName("HelloWorldIntent"), "Hello world", true),
                        say(Predicates.intentName("AMAZON.HelpIntent"), "You can say hello to me!", false),
                        say(Predicates.intentName("AMAZON.StopIntent").or(Predicates.intentName("AMAZON.CancelIntent")), "Goodbye", true),
                        say(input -> true, "Sorry, I don't know that.", false))
                .build());
    }

    private static RequestHandler say(java.util.function.Predicate<HandlerInput> when, String text, boolean end) {
        return new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return input.matches(when);
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                return input.getResponseBuilder().withSpeech(text).withSimpleCard("HelloWorld", text)
                        .withShouldEndSession(end).build();
            }
        };
    }
}
