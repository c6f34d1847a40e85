package com.backrelief.coach.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the Alexa API at {@code context.System.apiEndpoint}: records every request
 * and answers with the status it was told to, or, for a method and path it was told about, that
 * route's own status and body. A created reminder is answered with a token by default.
 */
public final class StubAlexaApi implements AutoCloseable {

    /** One request as the stub received it. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {

        /** A header's first value; header names are compared ignoring case, as HTTP does. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
                    .map(header -> header.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** The token a created reminder gets when no route says otherwise. */
    public static final String REMINDER_TOKEN = "stub-reminder-token";

    private record Route(String method, String pathPrefix, int status, String body) {
    }

    private static StubAlexaApi shared;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;
    private volatile long bodyMillis;
    private volatile String answerBody;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public StubAlexaApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "stub-alexa-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        // The server's dispatcher thread takes the daemon status of the thread that starts it: started from a
        // daemon thread, a stub that is never closed (the shared one) cannot keep a finished program running.
        Thread starter = new Thread(server::start, "stub-alexa-api-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the stub Alexa API", e);
        }
    }

    /** One stub for tests that don't look at what it receives; it answers 200 and lives as long as the JVM. */
    public static synchronized StubAlexaApi shared() {
        if (shared == null) {
            shared = new StubAlexaApi();
        }
        return shared;
    }

    public StubAlexaApi respondWith(int status) {
        this.status = status;
        this.answerBody = null;
        return this;
    }

    /** Answers every request with this status and body (by default, a created timer's body). */
    public StubAlexaApi respondWith(int status, String body) {
        this.status = status;
        this.answerBody = body;
        return this;
    }

    /** Answers requests with this method and a path starting with {@code pathPrefix} so; the latest route told wins. */
    public StubAlexaApi respondTo(String method, String pathPrefix, int status, String body) {
        routes.add(0, new Route(method, pathPrefix, status, body));
        return this;
    }

    /** The device's time zone, as the settings API answers it. */
    public StubAlexaApi timeZone(String zone) {
        return respondTo("GET", "/v2/devices/", 200, "\"" + zone + "\"");
    }

    public StubAlexaApi delayBy(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Answers the status line and headers at once, then sends the body a byte at a time over {@code millis}. */
    public StubAlexaApi streamBodyOver(long millis) {
        this.bodyMillis = millis;
        return this;
    }

    /** The address to put in {@code apiEndpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Route route = routes.stream().filter(r -> r.method().equals(method) && path.startsWith(r.pathPrefix()))
                .findFirst().orElse(null);
        int code = route != null ? route.status() : status;
        String answer = route != null ? route.body() : answerBody != null ? answerBody : code >= 300 ? ""
                : path.startsWith("/v1/alerts/reminders") ? reminderAnswer(method, path)
                : "{\"id\":\"stub-timer\",\"status\":\"ON\"}";
        byte[] reply = answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, reply.length == 0 ? -1 : reply.length);
        if (reply.length > 0 && bodyMillis > 0) {
            trickle(exchange, reply);
        } else if (reply.length > 0) {
            exchange.getResponseBody().write(reply);
        }
        exchange.close();
    }

    private void trickle(HttpExchange exchange, byte[] reply) throws IOException {
        long pause = Math.max(1, bodyMillis / reply.length);
        for (byte b : reply) {
            exchange.getResponseBody().write(b);
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What the Reminders API answers a call that worked: a token for a create, an empty list for a read. */
    private static String reminderAnswer(String method, String path) {
        String token = path.length() > "/v1/alerts/reminders/".length() ? path.substring("/v1/alerts/reminders/".length())
                : REMINDER_TOKEN;
        return switch (method) {
            case "POST", "PUT" -> "{\"alertToken\":\"" + token + "\",\"createdTime\":\"2026-11-21T08:00:00.000Z\","
                    + "\"updatedTime\":\"2026-11-21T08:00:00.000Z\",\"status\":\"ON\",\"version\":\"1\","
                    + "\"href\":\"/v1/alerts/reminders/" + token + "\"}";
            case "GET" -> path.equals("/v1/alerts/reminders") ? "{\"totalCount\":\"0\",\"alerts\":[]}" : "{\"alertToken\":\""
                    + token + "\",\"status\":\"ON\"}";
            default -> "";
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
