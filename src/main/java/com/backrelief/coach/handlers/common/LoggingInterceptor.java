package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.RequestEnvelope;
import com.backrelief.coach.logging.LogLine;

/**
 * Logs what kind of request arrived: type, intent, locale, request id and a one-way user
 * reference. Never slot values (they can carry health information) and never the full user id.
 */
public final class LoggingInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        var request = envelope.getRequest();
        LogLine.of("request")
                .with("requestId", request.getRequestId())
                .with("type", request.getType())
                .with("intent", Requests.intentName(envelope).orElse(null))
                .with("locale", request.getLocale())
                .with("user", LogLine.userRef(Requests.userId(envelope).orElse(null)))
                .write();
    }
}
