package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** "What reminders do I have": the stretch reminder as Alexa has it, or how to set one. */
public final class ListRemindersIntentHandler implements RequestHandler {

    public static final String INTENT = "ListRemindersIntent";

    private final StretchReminders reminders;

    public ListRemindersIntentHandler(StretchReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.isIntent(input, INTENT);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return reminders.list(input, true);
    }
}
