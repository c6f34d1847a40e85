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
 * and answers with the status it was told to.
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

    private static StubAlexaApi shared;

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;
    private volatile String answerBody;

    public StubAlexaApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stub-alexa-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
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

    public StubAlexaApi delayBy(long millis) {
        this.delayMillis = millis;
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
        String answer = answerBody != null ? answerBody : status < 300 ? "{\"id\":\"stub-timer\",\"status\":\"ON\"}" : "";
        byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
        if (reply.length > 0) {
            exchange.getResponseBody().write(reply);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
