package com.backrelief.coach.alexa;

import com.backrelief.coach.logging.RequestLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The Alexa APIs the skill calls, on the JDK's HTTP client. Built once per container; each call
 * goes to the request's {@code apiEndpoint} with its {@code apiAccessToken}, and never throws:
 * a refusal or a failure comes back as an {@link Outcome} or a {@link Response}.
 */
public final class ApiClient {

    /** How a call ended. */
    public enum Outcome {
        CREATED,
        /** The person has not allowed it (no token, or the API answered 401 or 403). */
        NOT_PERMITTED,
        FAILED
    }

    /**
     * What a GET came back with.
     *
     * @param status the HTTP status, or 0 when no answer arrived (refused, timed out, a bad address)
     * @param body   the response body, or empty
     */
    public record Response(int status, String body) {

        public static final Response FAILED = new Response(0, "");

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final String TIMERS_PATH = "/v1/alerts/timers";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<HttpClient> factory;
    private final Duration requestTimeout;
    private volatile HttpClient http;

    public ApiClient(HttpClient http, Duration requestTimeout) {
        this(() -> http, requestTimeout);
    }

    private ApiClient(Supplier<HttpClient> factory, Duration requestTimeout) {
        this.factory = factory;
        this.requestTimeout = requestTimeout;
    }

    /**
     * A client that gives up connecting after one second and waiting for an answer after two. The
     * HTTP client itself is built on first use: most requests never call an Alexa API, so a cold
     * start (and a SnapStart snapshot) does without its threads.
     */
    public static ApiClient create() {
        return new ApiClient(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                Duration.ofSeconds(2));
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = factory.get();
                }
                client = http;
            }
        }
        return client;
    }

    /** GET {@code endpoint + path} with the request's bearer token; any failure is {@link Response#FAILED}. */
    public Response get(String endpoint, String path, String token) {
        if (endpoint == null || endpoint.isBlank() || token == null || token.isBlank()) {
            return Response.FAILED;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(endpoint) + path))
                    .timeout(requestTimeout)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body() == null ? "" : response.body());
        } catch (IOException | IllegalArgumentException e) {
            return Response.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.FAILED;
        }
    }

    /** Creates an Alexa timer (Timers REST API, create timer). */
    public Outcome createTimer(String apiEndpoint, String apiAccessToken, Timer timer) {
        if (apiAccessToken == null || apiAccessToken.isBlank()) {
            return Outcome.NOT_PERMITTED;
        }
        if (apiEndpoint == null || apiEndpoint.isBlank()) {
            return Outcome.FAILED;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(apiEndpoint) + TIMERS_PATH))
                    .timeout(requestTimeout)
                    .header("Authorization", "Bearer " + apiAccessToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(timer)))
                    .build();
            int status = http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return logged(outcome(status), status);
        } catch (IllegalArgumentException | IOException e) {
            return logged(Outcome.FAILED, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return logged(Outcome.FAILED, "interrupted");
        }
    }

    static Outcome outcome(int status) {
        if (status == 200 || status == 201) {
            return Outcome.CREATED;
        }
        return status == 401 || status == 403 ? Outcome.NOT_PERMITTED : Outcome.FAILED;
    }

    /** The create-timer body: announce when it ends, in the request's language, shown on screens. */
    static String body(Timer timer) {
        ObjectNode body = JSON.createObjectNode();
        body.put("duration", timer.length().toString());
        body.put("timerLabel", timer.label());
        body.putObject("creationBehavior").putObject("displayExperience").put("visibility", "VISIBLE");
        ObjectNode triggering = body.putObject("triggeringBehavior");
        ObjectNode operation = triggering.putObject("operation").put("type", "ANNOUNCE");
        operation.putArray("textToAnnounce").addObject().put("locale", timer.locale()).put("text", timer.announcement());
        triggering.putObject("notificationConfig").put("playAudible", true);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    private static Outcome logged(Outcome outcome, Object detail) {
        RequestLog.current().alexaApi("create-timer", outcome.name() + " " + detail);
        return outcome;
    }
}
