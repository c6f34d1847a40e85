package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** What the conversation may know of the reminder's part of the session. */
public final class ReminderState {

    private ReminderState() {
    }

    /** A daily reminder was offered and waits for yes or no. */
    public static boolean offered(HandlerInput input) {
        return ReminderSession.of(input).offered().isPresent();
    }

    public static void forgetOffer(HandlerInput input) {
        ReminderSession.of(input).clearOffer();
    }

    /** "Cancel" means the reminder just set only on the very next turn. */
    public static void forgetJustSet(HandlerInput input) {
        ReminderSession.of(input).clearJustSet();
    }

    /** The last answer set or moved a reminder. */
    public static boolean justSet(HandlerInput input) {
        return ReminderSession.of(input).wasJustSet();
    }
}
