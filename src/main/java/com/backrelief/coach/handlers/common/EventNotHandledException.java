package com.backrelief.coach.handlers.common;

/**
 * An event the skill could not act on yet (its store could not be reached): the function fails
 * instead of answering it as handled, so the event is delivered again. Its message holds no ids.
 */
public final class EventNotHandledException extends RuntimeException {

    public EventNotHandledException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception itself, or the one it was wrapped around (the ASK SDK wraps what no exception handler took). */
    public static java.util.Optional<EventNotHandledException> in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventNotHandledException notHandled) {
                return java.util.Optional.of(notHandled);
            }
        }
        return java.util.Optional.empty();
    }
}
