package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "Stop my reminders": the stretch reminder is deleted from Alexa and its token forgotten. */
public final class CancelReminderIntentHandler extends ReminderIntentHandler {

    public static final String INTENT = "CancelReminderIntent";

    public CancelReminderIntentHandler(StretchReminders reminders) {
        super(reminders, INTENT);
    }

    /** "Cancel" right after a reminder was set means that reminder, before it means leaving the skill. */
    @Override
    public boolean canHandle(HandlerInput input) {
        return super.canHandle(input)
                || Requests.isIntent(input, "AMAZON.CancelIntent") && ReminderSession.of(input).wasJustSet();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ReminderSession.of(input).clearJustSet();
        return reminders.stop(input, true);
    }
}
