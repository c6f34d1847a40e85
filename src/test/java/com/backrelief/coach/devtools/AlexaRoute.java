package com.backrelief.coach.devtools;

import com.backrelief.coach.RequestRejectedException;
import com.backrelief.coach.devtools.SerialFunction.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code POST /}: an Alexa request in, the Alexa response out, as a skill hosted on an HTTPS endpoint
 * answers, for tools that talk to a skill URL. It checks no Alexa request signature or timestamp, so
 * it must never be reachable from beyond this machine.
 */
final class AlexaRoute implements HttpHandler {

    static final String ALEXA_TYPE = "application/json;charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SerialFunction function;
    private final String invokePath;
    private final PrintStream log;

    AlexaRoute(SerialFunction function, String invokePath, PrintStream log) {
        this.function = function;
        this.invokePath = invokePath;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            error(exchange, 404, "Nothing here. POST an Alexa request to /, or invoke the function with "
                    + "POST " + invokePath + ".");
        } else if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            error(exchange, 405, "POST an Alexa request (such as events/launch.json) to /.");
        } else {
            answer(exchange, HttpReply.body(exchange, InvokeRoute.PAYLOAD_LIMIT));
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        if (body == null) {
            error(exchange, 413, "The request is larger than " + InvokeRoute.PAYLOAD_LIMIT + " bytes.");
        } else if (!isJsonObject(body)) {
            error(exchange, 400, "The request body is not a JSON object: send an Alexa request envelope, "
                    + "such as events/launch.json.");
        } else {
            Outcome outcome = function.invoke(body);
            if (!outcome.failed()) {
                HttpReply.send(exchange, 200, outcome.output(), ALEXA_TYPE, Map.of());
            } else if (outcome.error() instanceof RequestRejectedException rejected) {
                error(exchange, 400, rejected.getMessage());
            } else {
                log.println("The skill failed: " + outcome.error());
                error(exchange, 500, "The skill failed: " + outcome.error().getClass().getName() + ": "
                        + outcome.error().getMessage());
            }
        }
    }

    private static boolean isJsonObject(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        HttpReply.send(exchange, status, JSON.writeValueAsBytes(HttpReply.object("error", message)), ALEXA_TYPE, Map.of());
    }
}
