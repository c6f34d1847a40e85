package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.backrelief.coach.handlers.common.Requests;

/** One reminder intent (set, move, hear, stop), carried out through {@link StretchReminders}. */
abstract class ReminderIntentHandler implements RequestHandler {

    protected final StretchReminders reminders;
    private final String intent;

    ReminderIntentHandler(StretchReminders reminders, String intent) {
        this.reminders = reminders;
        this.intent = intent;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, intent);
    }
}
