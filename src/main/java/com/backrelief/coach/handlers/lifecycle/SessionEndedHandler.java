package com.backrelief.coach.handlers.lifecycle;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.backrelief.coach.logging.LogLine;

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
        LogLine.of("session-ended")
                .with("requestId", ended.getRequestId())
                .with("reason", ended.getReason() == null ? null : ended.getReason().toString())
                .with("errorType", ended.getError() == null || ended.getError().getType() == null
                        ? null : ended.getError().getType().toString())
                .write();
        return input.getResponseBuilder().build();
    }
}
