package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The payload Lambda returns when a Java handler throws: message and type; no stack trace leaves this machine's log. */
final class LambdaError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LambdaError() {
    }

    static ObjectNode of(Throwable error) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("errorMessage", String.valueOf(error.getMessage()));
        payload.put("errorType", error.getClass().getName());
        payload.putArray("stackTrace");
        return payload;
    }
}
