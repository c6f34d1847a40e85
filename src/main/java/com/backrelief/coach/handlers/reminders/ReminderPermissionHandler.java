package com.backrelief.coach.handlers.reminders;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/**
 * The person's answer to Alexa's question about reminder permission, routed by the token the question
 * carried: what they asked for, if they allowed it, else how to allow it later.
 */
public final class ReminderPermissionHandler implements RequestHandler {

    private final StretchReminders reminders;

    public ReminderPermissionHandler(StretchReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse response
                && "AskFor".equals(response.getName()) && StretchReminders.isOurs(response.getToken());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        return reminders.afterConsent(input, Requests.permissionAccepted(response), Requests.permissionNotAnswered(response),
                response.getToken());
    }
}
