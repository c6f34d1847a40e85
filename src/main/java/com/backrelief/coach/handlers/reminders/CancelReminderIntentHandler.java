package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import java.util.Optional;

/** "Stop my reminders": the stretch reminder is deleted from Alexa and its token forgotten. */
public final class CancelReminderIntentHandler extends ReminderIntentHandler {

    public static final String INTENT = "CancelReminderIntent";

    public CancelReminderIntentHandler(StretchReminders reminders) {
        super(reminders, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return reminders.stop(input, true);
    }
}
