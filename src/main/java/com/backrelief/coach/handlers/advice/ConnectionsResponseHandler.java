package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.domain.advice.HeatIceGuide;

import java.util.Optional;

/** The person's answer to Alexa's question about timer permission: the timer if allowed, else how to allow it later. */
public final class ConnectionsResponseHandler implements RequestHandler {

    private final PackTimer timer;

    public ConnectionsResponseHandler(HeatIceGuide guide, ApiClient api) {
        this.timer = new PackTimer(guide, api);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse response
                && "AskFor".equals(response.getName()) && PackTimer.isOurs(response.getToken());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        return timer.afterConsent(input, accepted(response), response.getToken());
    }

    /** Only an answered request (status 200) whose payload says ACCEPTED counts; DENIED or NOT_ANSWERED do not. */
    private static boolean accepted(ConnectionsResponse response) {
        boolean answered = response.getStatus() == null || "200".equals(response.getStatus().getCode());
        return answered && response.getPayload() != null && "ACCEPTED".equals(String.valueOf(response.getPayload().get("status")));
    }
}
