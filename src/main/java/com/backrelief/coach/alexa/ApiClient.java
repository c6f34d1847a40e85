package com.backrelief.coach.alexa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls the Alexa service APIs ({@code apiEndpoint} and {@code apiAccessToken} come with each
 * request) on the JDK's HTTP client. Built once per container. Never throws: a network failure or
 * timeout comes back as {@link Response#FAILED}, because an answer must still be spoken.
 */
public final class ApiClient {

    /** Short, because the whole answer must be back within Alexa's eight seconds. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    /**
     * What came back.
     *
     * @param status the HTTP status, or 0 when no answer arrived
     * @param body   the response body, or empty
     */
    public record Response(int status, String body) {

        public static final Response FAILED = new Response(0, "");

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

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
     * The container's client. The HTTP client itself is built on first use: most requests never
     * call an Alexa API, so a cold start (and a SnapStart snapshot) does without its threads.
     */
    public static ApiClient create() {
        return new ApiClient(() -> HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build(), REQUEST_TIMEOUT);
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

    /** GET {@code endpoint + path} with the request's bearer token. */
    public Response get(String endpoint, String path, String token) {
        if (endpoint == null || endpoint.isBlank() || token == null || token.isBlank()) {
            return Response.FAILED;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(stripTrailingSlash(endpoint) + path))
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

    private static String stripTrailingSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }
}
