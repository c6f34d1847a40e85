package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Alexa API that keeps each person's reminders (by the bearer token a request carries) and
 * misbehaves on purpose: a call chosen by its {@link Policy} fails with a 500 (nothing done), answers
 * its headers and then sends its body a byte at a time over ten seconds, or does what it was asked and
 * answers only after three seconds (the client has given up by then). The device's time zone is
 * {@code Europe/London}; timers are answered as created.
 */
public final class FaultyAlexaApi implements AutoCloseable {

    /** How a call goes wrong. */
    public enum Fault {
        NONE,
        /** 500, and nothing done. */
        SERVER_ERROR,
        /** Headers at once, the body over ten seconds (done, for a call that changes something). */
        SLOW_BODY,
        /** Done, and answered after three seconds. */
        LATE_ANSWER
    }

    /** Which fault the person's {@code n}-th call (from 1) meets. */
    @FunctionalInterface
    public interface Policy {

        Fault fault(String person, int n);

        static Policy none() {
            return (person, n) -> Fault.NONE;
        }

        /** One call in {@code every} fails, in one of the three ways, chosen from the seed, the person and the call's number. */
        static Policy oneIn(int every, long seed) {
            return (person, n) -> {
                long z = mix(seed ^ person.hashCode() * 0x9E3779B97F4A7C15L ^ n * 0xC2B2AE3D27D4EB4FL);
                if (Math.floorMod(z, every) != 0) {
                    return Fault.NONE;
                }
                return List.of(Fault.SERVER_ERROR, Fault.SLOW_BODY, Fault.LATE_ANSWER).get((int) Math.floorMod(z >>> 20, 3L));
            };
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    static final String REMINDERS = "/v1/alerts/reminders";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SLOW_BODY_MILLIS = 10_000;
    private static final long LATE_ANSWER_MILLIS = 3_000;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-alexa-api");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Policy policy;
    /** Each person's reminders, by token: the request that made or last changed it. */
    private final Map<String, Map<String, JsonNode>> reminders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> callsByPerson = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();

    public FaultyAlexaApi(Policy policy) {
        this.policy = policy;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public FaultyAlexaApi failing(Policy policy) {
        this.policy = policy;
        return this;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The tokens of the person's reminders (all of them are on). */
    public List<String> reminders(String person) {
        return List.copyOf(reminders.getOrDefault(person, Map.of()).keySet());
    }

    /** The rule of one of the person's reminders. */
    public String rule(String person, String token) {
        return reminders.getOrDefault(person, Map.of()).get(token).at("/trigger/recurrence/recurrenceRules/0").asText();
    }

    public int calls() {
        return calls.get();
    }

    public int faults() {
        return faults.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String person = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            calls.incrementAndGet();
            Fault fault = policy.fault(person, callsByPerson.computeIfAbsent(person, p -> new AtomicInteger()).incrementAndGet());
            if (fault != Fault.NONE) {
                faults.incrementAndGet();
            }
            if (fault == Fault.SERVER_ERROR) {
                reply(exchange, 500, "{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"on purpose\"}", 0);
                return;
            }
            Object[] answer = handle(person, method, path, body);
            if (fault == Fault.LATE_ANSWER) {
                pause(LATE_ANSWER_MILLIS);
            }
            reply(exchange, (int) answer[0], (String) answer[1], fault == Fault.SLOW_BODY ? SLOW_BODY_MILLIS : 0);
        }
    }

    private Object[] handle(String person, String method, String path, String body) throws IOException {
        if (method.equals("GET") && path.startsWith("/v2/devices/") && path.endsWith("/settings/System.timeZone")) {
            return new Object[] {200, "\"Europe/London\""};
        }
        if (method.equals("POST") && path.equals("/v1/alerts/timers")) {
            return new Object[] {200, "{\"id\":\"timer\",\"status\":\"ON\"}"};
        }
        if (!path.equals(REMINDERS) && !path.startsWith(REMINDERS + "/")) {
            return new Object[] {404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such path\"}"};
        }
        Map<String, JsonNode> mine = reminders.computeIfAbsent(person, p -> new ConcurrentHashMap<>());
        String token = path.length() > REMINDERS.length() + 1 ? path.substring(REMINDERS.length() + 1) : null;
        if (token == null && method.equals("POST")) {
            String made = "reminder-" + created.incrementAndGet();
            mine.put(made, JSON.readTree(body));
            return new Object[] {201, JSON.writeValueAsString(alert(made, mine.get(made)))};
        }
        if (token == null && method.equals("GET")) {
            ArrayNode alerts = JSON.createArrayNode();
            mine.forEach((known, request) -> alerts.add(alert(known, request)));
            ObjectNode list = JSON.createObjectNode().put("totalCount", Integer.toString(alerts.size()));
            list.set("alerts", alerts);
            return new Object[] {200, JSON.writeValueAsString(list)};
        }
        if (token == null || !mine.containsKey(token)) {
            return new Object[] {404, "{\"code\":\"NOT_FOUND\",\"message\":\"No such reminder\"}"};
        }
        return switch (method) {
            case "GET" -> new Object[] {200, JSON.writeValueAsString(alert(token, mine.get(token)))};
            case "PUT" -> {
                mine.put(token, JSON.readTree(body));
                yield new Object[] {200, JSON.writeValueAsString(alert(token, mine.get(token)))};
            }
            case "DELETE" -> {
                mine.remove(token);
                yield new Object[] {200, ""};
            }
            default -> new Object[] {405, ""};
        };
    }

    private static ObjectNode alert(String token, JsonNode request) {
        ObjectNode alert = JSON.createObjectNode().put("alertToken", token).put("status", "ON").put("version", "1")
                .put("href", REMINDERS + "/" + token);
        alert.set("trigger", request.path("trigger").deepCopy());
        alert.set("alertInfo", request.path("alertInfo").deepCopy());
        return alert;
    }

    private static void reply(HttpExchange exchange, int status, String body, long overMillis) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (overMillis == 0) {
            out.write(bytes);
            return;
        }
        long pause = Math.max(1, overMillis / bytes.length);
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            if (!pause(pause)) {
                return;
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
