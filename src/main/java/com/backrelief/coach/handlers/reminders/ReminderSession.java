package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.reminders.ReminderSchedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reminder offer waiting for yes or no, in the session attribute {@value #OFFER}: the schedule
 * yes would set. It lasts one turn: any other answer drops it (the conversation decides, {@code ask/Forgetting}).
 */
final class ReminderSession {

    static final String OFFER = "reminderOffer";
    static final String JUST_SET = "reminderJustSet";

    private final Map<String, Object> attributes;

    private ReminderSession(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    static ReminderSession of(HandlerInput input) {
        boolean inSession = input.getRequestEnvelope().getSession() != null;
        return new ReminderSession(inSession ? input.getAttributesManager().getSessionAttributes() : new HashMap<>());
    }

    void offer(ReminderSchedule schedule) {
        attributes.put(OFFER, schedule.code());
    }

    Optional<ReminderSchedule> offered() {
        return attributes.get(OFFER) instanceof String code ? ReminderSchedule.fromCode(code) : Optional.empty();
    }

    void clearOffer() {
        attributes.remove(OFFER);
    }

    /** A reminder was set (or moved) in the last answer: "cancel" then means that reminder. */
    void justSet() {
        attributes.put(JUST_SET, true);
    }

    boolean wasJustSet() {
        return Boolean.TRUE.equals(attributes.get(JUST_SET));
    }

    void clearJustSet() {
        attributes.remove(JUST_SET);
    }
}
