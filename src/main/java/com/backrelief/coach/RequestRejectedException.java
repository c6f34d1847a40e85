package com.backrelief.coach;

/**
 * A request the skill refuses to answer: not JSON, not an Alexa envelope, or for another skill.
 * Lambda reports it as a function error with this message; nothing is spoken.
 */
public final class RequestRejectedException extends RuntimeException {

    public RequestRejectedException(String message) {
        super(message);
    }

    public RequestRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
