package com.backrelief.coach.devtools.model;

/** The voice model's source is wrong: the message says where and what. */
public final class ModelSourceException extends RuntimeException {

    public ModelSourceException(String message) {
        super(message);
    }

    public ModelSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
