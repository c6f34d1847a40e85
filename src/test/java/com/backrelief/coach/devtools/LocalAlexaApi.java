package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Alexa API the local conversation talks to, on loopback: the device's time zone (the settings
 * API), timers, and the Reminders API kept as state (a create gives a token, a list reads them back,
 * an update replaces one, a delete removes it, an unknown token is a 404). With a file, the
 * reminders outlast the run, as the progress in DynamoDB Local does. Every call is kept for
 * printing under the answer that made it.
 */
final class LocalAlexaApi implements AutoCloseable {

    /** One call as received, and the status it was answered with. */
    record Call(String method, String path, String summary, int status) {

        /** "POST /v1/alerts/reminders FREQ=DAILY;BYHOUR=8;... in Europe/London -> 201". */
        String line() {
            return method + " " + path + (summary.isEmpty() ? "" : " " + summary) + " -> " + status;
        }
    }

    static final String REMINDERS = "/v1/alerts/reminders";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY_LENGTH = 120;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ZoneId zone;
    private final Path file;
    private final Map<String, JsonNode> reminders = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private int created;

    /**
     * @param zone the time zone the device reports
     * @param file where the reminders are kept between runs, or null to keep them for this run only
     */
    LocalAlexaApi(ZoneId zone, Path file) {
        this.zone = zone;
        this.file = file;
        load();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local Alexa API", e);
        }
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "local-alexa-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The calls received since the last time this was asked. */
    synchronized List<Call> drain() {
        List<Call> since = List.copyOf(calls);
        calls.clear();
        return since;
    }

    /** The reminders it holds now, by token. */
    synchronized Map<String, JsonNode> reminders() {
        return Map.copyOf(reminders);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        String reply;
        if (method.equals("GET") && path.startsWith("/v2/devices/") && path.endsWith("/settings/System.timeZone")) {
            status = 200;
            reply = JSON.writeValueAsString(zone.getId());
        } else if (method.equals("POST") && path.equals("/v1/alerts/timers")) {
            status = 200;
            reply = "{\"id\":\"local-timer-" + (++created) + "\",\"status\":\"ON\"}";
        } else if (path.equals(REMINDERS) || path.startsWith(REMINDERS + "/")) {
            String token = path.length() > REMINDERS.length() + 1 ? path.substring(REMINDERS.length() + 1) : null;
            Object[] answer = reminders(method, token, body);
            status = (int) answer[0];
            reply = (String) answer[1];
        } else {
            status = 404;
            reply = "{\"code\":\"NOT_FOUND\",\"message\":\"The local Alexa API has no " + method + " " + path + "\"}";
        }
        calls.add(new Call(method, path, summary(body), status));
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** The Reminders API: status and body for one call. */
    private Object[] reminders(String method, String token, String body) throws IOException {
        if (token == null && method.equals("POST")) {
            JsonNode request = readOrNull(body);
            if (request == null || !request.path("trigger").isObject()) {
                return new Object[] {400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"No trigger\"}"};
            }
            String newToken = "local-reminder-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            reminders.put(newToken, request);
            save();
            return new Object[] {201, JSON.writeValueAsString(alert(newToken, request))};
        }
        if (token == null && method.equals("GET")) {
            ArrayNode alerts = JSON.createArrayNode();
            reminders.forEach((known, request) -> alerts.add(alert(known, request)));
            ObjectNode list = JSON.createObjectNode().put("totalCount", Integer.toString(alerts.size()));
            list.set("alerts", alerts);
            return new Object[] {200, JSON.writeValueAsString(list)};
        }
        if (token == null || !reminders.containsKey(token)) {
            return new Object[] {404, "{\"code\":\"NOT_FOUND\",\"message\":\"No such reminder\"}"};
        }
        switch (method) {
            case "GET" -> {
                return new Object[] {200, JSON.writeValueAsString(alert(token, reminders.get(token)))};
            }
            case "PUT" -> {
                JsonNode request = readOrNull(body);
                if (request == null || !request.path("trigger").isObject()) {
                    return new Object[] {400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"No trigger\"}"};
                }
                reminders.put(token, request);
                save();
                return new Object[] {200, JSON.writeValueAsString(alert(token, request))};
            }
            case "DELETE" -> {
                reminders.remove(token);
                save();
                return new Object[] {200, ""};
            }
            default -> {
                return new Object[] {405, ""};
            }
        }
    }

    private static ObjectNode alert(String token, JsonNode request) {
        ObjectNode alert = JSON.createObjectNode().put("alertToken", token).put("status", "ON").put("version", "1")
                .put("href", REMINDERS + "/" + token);
        alert.set("trigger", request.path("trigger").deepCopy());
        alert.set("alertInfo", request.path("alertInfo").deepCopy());
        return alert;
    }

    /** A reminder's rule and zone, a timer's length, or the body itself cut short. */
    private static String summary(String body) {
        JsonNode json = readOrNull(body);
        if (json == null) {
            return body.isBlank() ? "" : cut(body.strip());
        }
        JsonNode rules = json.at("/trigger/recurrence/recurrenceRules");
        if (rules.isArray() && !rules.isEmpty()) {
            String zone = json.at("/trigger/timeZoneId").asText("");
            String locale = json.at("/alertInfo/spokenInfo/content/0/locale").asText("");
            return cut(rules.get(0).asText() + (zone.isEmpty() ? "" : " in " + zone) + (locale.isEmpty() ? "" : ", " + locale));
        }
        if (json.has("duration")) {
            return cut(json.path("duration").asText() + " \"" + json.path("timerLabel").asText() + "\"");
        }
        return cut(json.toString());
    }

    private static String cut(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 3) + "...";
    }

    private static JsonNode readOrNull(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private void load() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            JSON.readTree(file.toFile()).fields().forEachRemaining(entry -> reminders.put(entry.getKey(), entry.getValue()));
        } catch (IOException e) {
            // a damaged file is a fresh start: the skill hears 404 for the reminders it knew, as after a deletion
            reminders.clear();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ObjectNode all = JSON.createObjectNode();
            reminders.forEach(all::set);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local reminders in " + file, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
