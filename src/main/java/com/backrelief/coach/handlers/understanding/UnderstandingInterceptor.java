package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.backrelief.coach.domain.understanding.Reading;
import com.backrelief.coach.domain.understanding.Understanding;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.logging.RequestLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every request's words once, before any handler, so that a red flag is caught the same way
 * in every state, and free text becomes the intent it means ({@link Interpretation}).
 */
public final class UnderstandingInterceptor implements RequestInterceptor {

    /** The free-text (AMAZON.SearchQuery) slots of the model, and the red-flag slot, whose words are read. */
    static final List<String> READ_SLOTS = List.of("description", "question", "situation");

    private static final int MAX_CHARS = 1_000;

    private final Understanding understanding;
    private final Interpretation interpretation;

    public UnderstandingInterceptor(Understanding understanding) {
        this.understanding = understanding;
        this.interpretation = new Interpretation(understanding.freeTextIntents());
    }

    @Override
    public void process(HandlerInput input) {
        if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request) || request.getIntent() == null
                || request.getIntent().getName() == null) {
            return;
        }
        Intent intent = request.getIntent();
        String text = words(intent);
        Optional<String> carrier = understanding.carrierWords(intent.getName());
        if (carrier.isPresent() && !text.isBlank()) {
            text = carrier.get() + " " + text;
        }
        Reading reading = text.isBlank() ? Reading.NOTHING : understanding.read(text);
        Intent meant = interpretation.intent(intent, reading, State.of(input));
        boolean changed = !meant.getName().equals(intent.getName());
        input.getAttributesManager().getRequestAttributes().put(Heard.KEY, new Heard(meant, reading, changed));
        if (changed) {
            RequestLog.current().heardAs(meant.getName());
        }
    }

    /** The words to read: the free-text slots, and what Alexa heard for a red flag. */
    static String words(Intent intent) {
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null) {
            return "";
        }
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, Slot> slot : slots.entrySet()) {
            boolean read = READ_SLOTS.contains(slot.getKey())
                    || "RedFlagIntent".equals(intent.getName()) && "symptom".equals(slot.getKey());
            String value = slot.getValue() == null ? null : slot.getValue().getValue();
            if (read && value != null && !value.isBlank()) {
                said.add(value);
            }
        }
        String text = String.join(", ", said);
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }
}
