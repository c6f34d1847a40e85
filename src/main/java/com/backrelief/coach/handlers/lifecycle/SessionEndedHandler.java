package com.backrelief.coach.handlers.lifecycle;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.backrelief.coach.logging.RequestLog;

import java.util.Optional;

/** The session closed (the person left, went silent, or Alexa hit an error): nothing is spoken. */
public final class SessionEndedHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        String reason = ended.getReason() == null ? "unknown" : ended.getReason().toString();
        if (ended.getError() != null && ended.getError().getType() != null) {
            reason += " " + ended.getError().getType();
        }
        RequestLog.current().outcome("session-ended").reason(reason);
        return input.getResponseBuilder().build();
    }
}
