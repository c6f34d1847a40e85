package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.backrelief.coach.logging.RequestLog;

/**
 * Notes what kind of request arrived in the request's log line: type, intent, locale, request id,
 * a one-way user reference, and a permission Alexa's question did not get. Never slot values (they can carry health information) and never
 * the full user id. The skill gate writes the line when the request ends.
 */
public final class LoggingInterceptor implements RequestInterceptor {

    @Override
    public void process(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        var request = envelope.getRequest();
        RequestLog.current()
                .request(request.getRequestId(), request.getType(), Requests.intentName(envelope).orElse(null),
                        request.getLocale())
                .user(Requests.userId(envelope).orElse(null));
        if (request instanceof ConnectionsResponse answer && "AskFor".equals(answer.getName())
                && !Requests.permissionAccepted(answer)) {
            RequestLog.current().permissionRefused();
        }
    }
}
