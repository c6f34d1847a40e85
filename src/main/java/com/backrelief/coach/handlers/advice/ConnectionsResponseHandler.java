package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.alexa.Timers;
import com.backrelief.coach.handlers.common.Requests;

import java.util.Optional;

/** The person's answer to Alexa's question about timer permission: the timer if allowed, else how to allow it later. */
public final class ConnectionsResponseHandler implements RequestHandler {

    private final PackTimer timer;

    public ConnectionsResponseHandler(HeatIceGuide guide, Timers timers) {
        this.timer = new PackTimer(guide, timers);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse response
                && "AskFor".equals(response.getName()) && PackTimer.isOurs(response.getToken());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        return timer.afterConsent(input, Requests.permissionAccepted(response), Requests.permissionNotAnswered(response),
                response.getToken());
    }
}
