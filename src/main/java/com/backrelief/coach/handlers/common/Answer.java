package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.response.ResponseBuilder;
import com.backrelief.coach.handlers.screen.Display;
import com.backrelief.coach.speech.Speech;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two shapes of answer: one that waits for the person, and one that says goodbye. On a device
 * with a screen, each also shows what a handler chose to show ({@link Display}), or the words; each
 * carries the card a handler chose for the Alexa app ({@link AppCard}).
 */
public final class Answer {

    /** DescribeIntent's free-text slot, which {@link #askForWords} asks Alexa to fill. */
    private static final String DESCRIPTION = "description";

    private Answer() {
    }

    /** Keeps the session open: the speech should end with a question, and the reprompt repeats it. */
    public static Optional<Response> ask(HandlerInput input, Speech speech, Speech reprompt) {
        speech = led(input, speech);
        return onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withReprompt(reprompt.toSsml())
                .withShouldEndSession(false)
                .build();
    }

    /**
     * Waits for the person, and asks Alexa for their next words as they are: the free-text slot of DescribeIntent
     * (Dialog.ElicitSlot, intent chaining), which Alexa fills with whatever is said, for the understanding step to
     * read whole. For words the coach could not place (Alexa's fallback, or a symptom it cannot name): nobody is
     * lost twice. Words that fit another intent ("next", "yes") still reach that intent.
     */
    public static Optional<Response> askForWords(HandlerInput input, Speech speech, Speech reprompt) {
        speech = led(input, speech);
        return onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withReprompt(reprompt.toSsml())
                .addElicitSlotDirective(DESCRIPTION, describe())
                .withShouldEndSession(false)
                .build();
    }

    /** DescribeIntent with its one free-text slot empty, for Alexa to fill with the next words. */
    private static Intent describe() {
        Slot description = Slot.builder().withName(DESCRIPTION).withConfirmationStatus(SlotConfirmationStatus.NONE).build();
        return Intent.builder().withName("DescribeIntent").withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(Map.of(DESCRIPTION, description)).build();
    }

    /** Speaks and closes the session. */
    public static Optional<Response> tell(HandlerInput input, Speech speech) {
        speech = led(input, speech);
        return onScreen(input, input.getResponseBuilder(), speech)
                .withSpeech(speech.toSsml())
                .withShouldEndSession(true)
                .build();
    }

    /**
     * Hands the conversation to Alexa's permission task (a {@code Connections.SendRequest} AskFor for
     * {@code scope}): the speech says why, then Alexa asks and returns the answer as a
     * {@code Connections.Response} carrying {@code token}. No reprompt, and the session is not kept open
     * (Alexa docs: "Set Up Voice Permissions for Timers", "Use Skill Connections to Request Tasks").
     */
    public static Optional<Response> askPermission(HandlerInput input, Speech speech, String scope, String token) {
        SendRequestDirective askFor = SendRequestDirective.builder()
                .withName("AskFor")
                .withPayload(Map.of("@type", "AskForPermissionsConsentRequest", "@version", "2",
                        "permissionScopes", List.of(Map.of("permissionScope", scope, "consentLevel", "ACCOUNT"))))
                .withToken(token)
                .build();
        return input.getResponseBuilder().withSpeech(speech.toSsml()).addDirective(askFor).build();
    }

    /** The answer after what this request must say first ({@link Heard#lead()}), once. */
    public static Speech led(HandlerInput input, Speech speech) {
        Optional<Heard> heard = Heard.of(input);
        if (heard.isEmpty() || heard.get().lead().isEmpty()) {
            return speech;
        }
        input.getAttributesManager().getRequestAttributes()
                .put(Heard.KEY, new Heard(heard.get().meaning()));
        return heard.get().lead().then(speech);
    }

    /**
     * The same answer as a farewell: the words, without a closing question, and the session ends (for "stop" at
     * Alexa's permission question: the information and its card stay, the coach stops talking).
     */
    public static Optional<Response> leaving(HandlerInput input, Speech said, List<String> consentCard) {
        Speech bye = said.then("Goodbye.");
        ResponseBuilder builder = onScreen(input, input.getResponseBuilder(), bye).withSpeech(bye.toSsml())
                .withShouldEndSession(true);
        if (consentCard != null && !consentCard.isEmpty()) {
            builder.withAskForPermissionsConsentCard(consentCard);
        }
        return builder.build();
    }

    /**
     * Adds the screen for an answer built elsewhere (a dialog directive, say), nothing on a device without
     * one, and the card chosen for the Alexa app (a permission card set after it takes its place).
     */
    public static ResponseBuilder onScreen(HandlerInput input, ResponseBuilder builder, Speech speech) {
        Display.directive(input, speech).ifPresent(builder::addDirective);
        return AppCard.attach(input, builder);
    }
}
