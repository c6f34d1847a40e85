package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** "What reminders do I have": the stretch reminder as Alexa has it, or how to set one. */
public final class ListRemindersIntentHandler extends ReminderIntentHandler {

    public static final String INTENT = "ListRemindersIntent";

    public ListRemindersIntentHandler(StretchReminders reminders) {
        super(reminders, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return reminders.list(input, true);
    }
}
