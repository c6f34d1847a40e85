package com.backrelief.coach.domain.alexa;

import java.util.List;

/**
 * How a call to the Reminders API ended, with what it returned.
 *
 * @param outcome    what happened
 * @param alertToken the reminder's token (after a create), or null
 * @param alerts     the reminders a read returned (empty otherwise)
 */
public record ReminderAnswer(Outcome outcome, String alertToken, List<Listed> alerts) {

    /** What the API said, in the terms the skill answers in. */
    public enum Outcome {
        OK,
        /** No permission: none given, or the API answered 401 or 403 (it was turned off). */
        NOT_PERMITTED,
        /** The reminder is not there any more (404): deleted in the Alexa app, or finished. */
        NOT_FOUND,
        /** The person has as many reminders from this skill as Alexa allows. */
        LIMIT_REACHED,
        /** This device cannot have reminders. */
        UNSUPPORTED_DEVICE,
        /** Anything else: a 5xx, a throttle, a bad answer, no answer. */
        FAILED
    }

    /**
     * One reminder as a read returned it.
     *
     * @param alertToken     its token
     * @param status         {@code ON} or {@code COMPLETED}
     * @param recurrenceRule its first recurrence rule, or null for a one-off
     */
    public record Listed(String alertToken, String status, String recurrenceRule) {

        public boolean on() {
            return !"COMPLETED".equals(status);
        }
    }

    public ReminderAnswer {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public static ReminderAnswer of(Outcome outcome) {
        return new ReminderAnswer(outcome, null, List.of());
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
