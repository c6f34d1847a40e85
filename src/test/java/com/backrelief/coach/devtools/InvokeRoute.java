package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.SerialFunction.Outcome;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The Lambda Invoke API, as {@code sam local start-lambda} serves it, so the AWS CLI and SDKs can call
 * the function: {@code POST /2015-03-31/functions/{FunctionName}/invocations}, any Content-Type, the
 * event as the body. A handler that throws is reported as Lambda does: status 200, the header
 * {@code X-Amz-Function-Error: Unhandled} and an error payload.
 */
final class InvokeRoute implements HttpHandler {

    static final String PREFIX = "/2015-03-31/functions/";
    /** Lambda's limit for a synchronous invocation's payload. */
    static final int PAYLOAD_LIMIT = 6 * 1024 * 1024;

    private final String functionName;
    private final SerialFunction function;
    private final Executor async;
    private final PrintStream log;

    InvokeRoute(String functionName, SerialFunction function, Executor async, PrintStream log) {
        this.functionName = functionName;
        this.function = function;
        this.async = async;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(PREFIX.length()).split("/", -1);
        if (parts.length != 2 || !parts[1].equals("invocations") || parts[0].isEmpty()) {
            error(exchange, 404, "UnknownOperationException",
                    "Unknown operation: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        } else if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            error(exchange, 405, "MethodNotAllowedException", "Invoke is POST " + PREFIX + functionName + "/invocations");
        } else {
            invoke(exchange, parts[0]);
        }
    }

    private void invoke(HttpExchange exchange, String requested) throws IOException {
        byte[] event = HttpReply.body(exchange, PAYLOAD_LIMIT);
        String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
        if (event == null) {
            error(exchange, 413, "RequestTooLargeException",
                    "Request must be smaller than " + PAYLOAD_LIMIT + " bytes for the InvokeFunction operation");
        } else if (!namesThisFunction(requested, functionName)) {
            error(exchange, 404, "ResourceNotFoundException", "Function not found: " + requested);
        } else if (type == null || type.equals("RequestResponse")) {
            respond(exchange, function.invoke(event));
        } else if (type.equals("DryRun")) {
            HttpReply.send(exchange, 204, new byte[0], HttpReply.JSON_TYPE, headers());
        } else if (type.equals("Event")) {
            queue(exchange, event);
        } else {
            error(exchange, 400, "InvalidParameterValueException",
                    "Unsupported X-Amz-Invocation-Type " + type + ": use RequestResponse, Event or DryRun");
        }
    }

    private void respond(HttpExchange exchange, Outcome outcome) throws IOException {
        Map<String, String> headers = headers();
        if (outcome.failed()) {
            logFailure(outcome);
            headers.put("X-Amz-Function-Error", "Unhandled");
            HttpReply.json(exchange, 200, LambdaError.of(outcome.error()), headers);
        } else {
            HttpReply.send(exchange, 200, outcome.output(), HttpReply.JSON_TYPE, headers);
        }
    }

    /** An asynchronous invocation: accepted now (202), run after the requests before it. */
    private void queue(HttpExchange exchange, byte[] event) throws IOException {
        try {
            async.execute(() -> {
                Outcome outcome = function.invoke(event);
                if (outcome.failed()) {
                    logFailure(outcome);
                }
            });
            HttpReply.send(exchange, 202, new byte[0], HttpReply.JSON_TYPE, headers());
        } catch (RejectedExecutionException full) {
            error(exchange, 429, "TooManyRequestsException", "Too many asynchronous invocations are waiting");
        }
    }

    /** Whether a FunctionName (a name, a partial or full ARN, perhaps with a qualifier) names this function. */
    static boolean namesThisFunction(String requested, String logicalId) {
        String[] parts = requested.split(":");
        String name;
        if (requested.startsWith("arn:")) {
            name = parts.length >= 7 && parts[5].equals("function") ? parts[6] : "";
        } else if (parts.length >= 3 && parts[1].equals("function")) {
            name = parts[2];
        } else {
            name = parts[0];
        }
        return name.equals(logicalId);
    }

    private void logFailure(Outcome outcome) {
        log.println(functionName + " failed (X-Amz-Function-Error: Unhandled): "
                + outcome.error().getClass().getName() + ": " + outcome.error().getMessage());
    }

    private static Map<String, String> headers() {
        String requestId = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Executed-Version", "$LATEST");
        headers.put("X-Amz-Request-Id", requestId);
        headers.put("x-amzn-RequestId", requestId);
        return headers;
    }

    /** An error of the Invoke API itself, in Lambda's shape: the type in a header, a JSON message. */
    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-ErrorType", type);
        headers.put("x-amzn-RequestId", UUID.randomUUID().toString());
        HttpReply.json(exchange, status, HttpReply.object("Type", "User", "message", message), headers);
    }
}
