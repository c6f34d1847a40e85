package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "Stop my reminders": the stretch reminder is deleted from Alexa and its token forgotten. */
public final class CancelReminderIntentHandler implements RequestHandler {

    public static final String INTENT = "CancelReminderIntent";

    private final StretchReminders reminders;

    public CancelReminderIntentHandler(StretchReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return reminders.stop(input, true);
    }
}
