package com.backrelief.coach.handlers.common;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.backrelief.coach.logging.RequestLog;

import java.util.Optional;

/**
 * The one place an unexpected failure ends: logged with its request id, answered with a kind sentence.
 * An event that must be delivered again ({@link EventNotHandledException}) is left to fail.
 */
public final class ErrorHandler implements ExceptionHandler {

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return !(throwable instanceof EventNotHandledException);
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        RequestLog.current().error(throwable);
        return Answer.ask(input, CommonReplies.sorry().then(CommonReplies.whatNext()), CommonReplies.whatNext());
    }
}
