package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.understanding.Reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-safe reads from an Alexa request: Alexa may leave any part out. */
public final class Requests {

    private Requests() {
    }

    /** Whether the request means one of these intents: as Alexa sent it, or as its words were understood ({@link Heard}). */
    public static boolean isIntent(HandlerInput input, String... names) {
        Meaning meaning = meaning(input);
        if (meaning == null) {
            return false;
        }
        for (String candidate : names) {
            if (candidate.equals(meaning.request())) {
                return true;
            }
        }
        return false;
    }

    public static Optional<String> intentName(RequestEnvelope envelope) {
        if (envelope.getRequest() instanceof IntentRequest request && request.getIntent() != null) {
            return Optional.ofNullable(request.getIntent().getName());
        }
        return Optional.empty();
    }

    /** The canonical id a value the request names stands for, if it was recognised. */
    public static Optional<String> resolvedId(HandlerInput input, String slotName) {
        return resolvedIds(input, slotName).stream().findFirst();
    }

    /** Every canonical id a value stands for: Alexa lists several when the words fit more than one value. */
    public static List<String> resolvedIds(HandlerInput input, String slotName) {
        return value(input, slotName).map(Meaning.Value::ids).orElse(List.of());
    }

    /** The words Alexa heard for a slot of this intent, in lower case. */
    public static Optional<String> spoken(Intent intent, String slotName) {
        Map<String, Slot> slots = intent == null ? null : intent.getSlots();
        Slot slot = slots == null ? null : slots.get(slotName);
        return slot == null || slot.getValue() == null || slot.getValue().isBlank() ? Optional.empty()
                : Optional.of(slot.getValue().strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Every canonical id a slot of this intent resolved to. */
    public static List<String> resolvedIds(Intent intent, String slotName) {
        Map<String, Slot> slots = intent == null ? null : intent.getSlots();
        return resolvedIds(slots == null ? Optional.empty() : Optional.ofNullable(slots.get(slotName)));
    }

    private static List<String> resolvedIds(Optional<Slot> slot) {
        List<String> ids = new ArrayList<>();
        if (slot.isEmpty() || slot.get().getResolutions() == null
                || slot.get().getResolutions().getResolutionsPerAuthority() == null) {
            return ids;
        }
        for (Resolution resolution : slot.get().getResolutions().getResolutionsPerAuthority()) {
            if (resolution == null || resolution.getStatus() == null
                    || resolution.getStatus().getCode() != StatusCode.ER_SUCCESS_MATCH || resolution.getValues() == null) {
                continue;
            }
            for (ValueWrapper wrapper : resolution.getValues()) {
                if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getId() != null) {
                    ids.add(wrapper.getValue().getId());
                }
            }
        }
        return ids;
    }

    /** What the person said for a slot, as Alexa heard it. */
    public static Optional<String> spoken(HandlerInput input, String slotName) {
        return value(input, slotName).map(Meaning.Value::spoken).filter(value -> value != null && !value.isBlank());
    }

    /**
     * What the request means: what its words were understood as, or what a touch stands for ({@link Heard}), or
     * Alexa's intent as it came. Null for a request that means no intent (a launch, a session end).
     */
    static Meaning meaning(HandlerInput input) {
        Optional<Heard> heard = Heard.of(input);
        if (heard.isPresent()) {
            return heard.get().meaning();
        }
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null
                && request.getIntent().getName() != null ? meaning(request.getIntent(), null) : null;
    }

    /** Alexa's intent as a meaning: its name, and each slot's words with the ids they resolved to. */
    public static Meaning meaning(Intent intent, Reading reading) {
        Map<String, Meaning.Value> values = new LinkedHashMap<>();
        if (intent.getSlots() != null) {
            intent.getSlots().forEach((name, slot) -> {
                if (slot != null && (slot.getValue() != null || slot.getResolutions() != null)) {
                    values.put(name, new Meaning.Value(slot.getValue(), resolvedIds(Optional.of(slot))));
                }
            });
        }
        return Meaning.of(intent.getName(), values, reading, false);
    }

    /** Whether the request means an intent: one said, or a touch that stands for one. */
    public static boolean meansAnIntent(HandlerInput input) {
        return meaning(input) != null;
    }

    private static Optional<Meaning.Value> value(HandlerInput input, String slotName) {
        Meaning meaning = meaning(input);
        return meaning == null ? Optional.empty() : meaning.value(slotName);
    }


    /** The Alexa user id, from the context or, failing that, the session. */
    public static Optional<String> userId(RequestEnvelope envelope) {
        Context context = envelope.getContext();
        if (context != null && context.getSystem() != null && context.getSystem().getUser() != null) {
            return Optional.ofNullable(context.getSystem().getUser().getUserId()).filter(id -> !id.isBlank());
        }
        Session session = envelope.getSession();
        if (session != null && session.getUser() != null) {
            return Optional.ofNullable(session.getUser().getUserId()).filter(id -> !id.isBlank());
        }
        return Optional.empty();
    }

    /**
     * Whether the person allowed what Alexa's permission question asked: only an answered request
     * (status 200, or none given) whose payload says ACCEPTED counts; DENIED or NOT_ANSWERED do not.
     */
    public static boolean permissionAccepted(ConnectionsResponse response) {
        boolean answered = response.getStatus() == null || "200".equals(response.getStatus().getCode());
        return answered && response.getPayload() != null && "ACCEPTED".equals(String.valueOf(response.getPayload().get("status")));
    }

    /** The person did not answer Alexa's permission question ("stop", or silence): leaving, not a "no". */
    public static boolean permissionNotAnswered(ConnectionsResponse response) {
        return response.getPayload() != null && "NOT_ANSWERED".equals(String.valueOf(response.getPayload().get("status")));
    }

    /** The locale exactly as the request states it, or empty when it states none (no default guessed). */
    public static Optional<String> declaredLocale(RequestEnvelope envelope) {
        return Optional.ofNullable(envelope.getRequest() == null ? null : envelope.getRequest().getLocale())
                .filter(locale -> !locale.isBlank());
    }

    /** Where to get help in the request's locale: its emergency number and wording (none for an unknown locale). */
    public static LocalHelp localHelp(HandlerInput input, EmergencyNumbers numbers) {
        return numbers.forLocale(declaredLocale(input.getRequestEnvelope()).orElse(null));
    }

    public static String locale(RequestEnvelope envelope) {
        String locale = envelope.getRequest() == null ? null : envelope.getRequest().getLocale();
        return locale == null ? "en-US" : locale;
    }
}
