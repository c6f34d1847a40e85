package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.advice.PackUse;
import com.backrelief.coach.domain.alexa.Timers;
import com.backrelief.coach.handlers.common.AlexaAccess;
import com.backrelief.coach.handlers.common.Answer;
import com.backrelief.coach.handlers.common.CommonReplies;
import com.backrelief.coach.handlers.common.Requests;
import com.backrelief.coach.speech.Speech;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Sets the heat or cold pack timer through Alexa's {@link Timers}. Without the person's permission
 * it asks for it by voice (a skill connection to Alexa's permission task), and the answer comes
 * back as a {@code Connections.Response} carrying this class's token.
 */
final class PackTimer {

    static final String SCOPE = "alexa::alerts:timers:skill:readwrite";
    static final Duration LONGEST = Duration.ofMinutes(20);
    private static final String TOKEN = "heat-ice-timer";

    private final Timers timers;
    private final TimerReplies replies;

    PackTimer(HeatIceGuide guide, Timers timers) {
        this.timers = timers;
        this.replies = new TimerReplies(guide);
    }

    /** Sets the timer; {@code mayAsk} allows asking for permission by voice when it is missing. */
    Optional<Response> set(HandlerInput input, PackUse use, Duration length, Speech before, boolean mayAsk) {
        SystemState system = system(input);
        boolean consented = system != null && system.getUser() != null && system.getUser().getPermissions() != null
                && system.getUser().getPermissions().getConsentToken() != null;
        Timers.Outcome outcome = !consented ? Timers.Outcome.NOT_PERMITTED
                : timers.start(AlexaAccess.of(input), replies.timer(use, length, Requests.locale(input.getRequestEnvelope())));
        return switch (outcome) {
            case CREATED -> open(input, before.then(replies.set(length, AdviceSession.of(input).nextTurn())), null);
            case NOT_PERMITTED -> mayAsk ? askPermission(input, use, length, before)
                    : open(input, before.then(replies.noPermission(length)), List.of(SCOPE));
            case FAILED -> open(input, before.then(replies.failed(length)), null);
        };
    }

    /** After the person answered Alexa's permission question: a timer if they allowed it. */
    Optional<Response> afterConsent(HandlerInput input, boolean accepted, String token) {
        return afterConsent(input, accepted, false, token);
    }

    /** @param leaving the person said "stop" (or nothing) to Alexa's question: the same words, then goodbye */
    Optional<Response> afterConsent(HandlerInput input, boolean accepted, boolean leaving, String token) {
        PackUse use = useFrom(token);
        Duration length = lengthFrom(token);
        if (!accepted && leaving) {
            return Answer.leaving(input, replies.noPermission(length), List.of(SCOPE));
        }
        if (!accepted) {
            return open(input, replies.noPermission(length), List.of(SCOPE));
        }
        return set(input, use, length, Speech.empty(), false);
    }

    static boolean isOurs(String token) {
        return token != null && token.startsWith(TOKEN + ":");
    }

    /** No longer than twenty minutes (fact sheet 1.4); anything under a minute means the usual twenty. */
    static Duration capped(Duration length) {
        return length.compareTo(LONGEST) > 0 || length.compareTo(Duration.ofMinutes(1)) < 0 ? LONGEST : length;
    }

    private Optional<Response> askPermission(HandlerInput input, PackUse use, Duration length, Speech before) {
        return Answer.askPermission(input, before.then(replies.askPermission()), SCOPE,
                TOKEN + ":" + use.name() + ":" + length);
    }

    private static Optional<Response> open(HandlerInput input, Speech speech, List<String> consentCard) {
        Speech said = speech.then(CommonReplies.whatNext());
        var builder = Answer.onScreen(input, input.getResponseBuilder(), said)
                .withSpeech(said.toSsml())
                .withReprompt(CommonReplies.whatNext().toSsml())
                .withShouldEndSession(false);
        if (consentCard != null) {
            builder.withAskForPermissionsConsentCard(consentCard);
        }
        return builder.build();
    }

    private static SystemState system(HandlerInput input) {
        Context context = input.getRequestEnvelope().getContext();
        return context == null ? null : context.getSystem();
    }

    private static PackUse useFrom(String token) {
        String[] parts = token == null ? new String[0] : token.split(":");
        for (PackUse use : PackUse.values()) {
            if (parts.length > 1 && use.name().equals(parts[1])) {
                return use;
            }
        }
        return PackUse.EITHER;
    }

    private static Duration lengthFrom(String token) {
        String[] parts = token == null ? new String[0] : token.split(":");
        try {
            return parts.length > 2 ? capped(Duration.parse(parts[2])) : LONGEST;
        } catch (DateTimeParseException e) {
            return LONGEST;
        }
    }
}
