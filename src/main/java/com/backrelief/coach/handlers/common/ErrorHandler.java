package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.logging.LogLine;

import java.util.Optional;

/** The one place an unexpected failure ends: logged with its request id, answered with a kind sentence. */
public final class ErrorHandler implements ExceptionHandler {

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        var request = input.getRequestEnvelope().getRequest();
        LogLine.of("error")
                .with("requestId", request == null ? null : request.getRequestId())
                .with("type", request == null ? null : request.getType())
                .with("error", throwable.getClass().getName())
                .write();
        throwable.printStackTrace(System.err);
        return Answer.ask(input, CommonReplies.sorry().then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }
}
