package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * One handler instance called one event at a time, as one Lambda execution environment runs it
 * (and as {@code sam local start-lambda} does): requests that arrive together wait their turn.
 */
final class SerialFunction {

    /** What one invocation produced: the handler's output, or what it threw. */
    record Outcome(byte[] output, Throwable error) {

        boolean failed() {
            return error != null;
        }
    }

    private final RequestStreamHandler handler;

    SerialFunction(RequestStreamHandler handler) {
        this.handler = handler;
    }

    synchronized Outcome invoke(byte[] event) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), output, null);
            return new Outcome(output.toByteArray(), null);
        } catch (Exception | LinkageError e) {
            return new Outcome(new byte[0], e);
        }
    }
}
