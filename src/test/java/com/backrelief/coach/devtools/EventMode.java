package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The event mode: each file through the handler, as {@code sam local invoke -e} does, and each
 * response printed as JSON; a failure prints Lambda's error payload and makes the exit code 1.
 * As in the conversation, the Alexa API the skill calls (time zone, timers, reminders) is the local
 * one on loopback: each event's {@code context.System.apiEndpoint} is pointed at it, and each call
 * it receives is printed on standard error.
 */
final class EventMode {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventMode() {
    }

    static int run(LocalOptions options, LocalFunction function, PrintStream out, PrintStream err) {
        List<Path> events = expand(options.events());
        try (LocalDatabase database = LocalDatabase.open(options.endpoint(), options.dbPort(), options.dataDir(null));
             LocalAlexaApi alexaApi = new LocalAlexaApi(java.time.ZoneId.systemDefault(), null)) {
            RequestStreamHandler handler = function.handler(function.environment(database.endpoint(), options.env()));
            int status = 0;
            for (Path event : events) {
                // One JSON document per event; with several, each says which file it answers.
                status = Math.max(status, invoke(handler, event, alexaApi.endpoint(), out, events.size() > 1));
                alexaApi.drain().forEach(call -> err.println("alexa api: " + call.line()));
            }
            return status;
        }
    }

    /** The event as the file has it, with the Alexa API it names made the local one (anything unreadable as it is). */
    static byte[] withLocalAlexaApi(byte[] body, String endpoint) {
        try {
            JsonNode event = JSON.readTree(body);
            JsonNode system = event == null ? null : event.path("context").path("System");
            if (system == null || !system.isObject() || !system.has("apiEndpoint")) {
                return body;
            }
            ((ObjectNode) system).put("apiEndpoint", endpoint);
            return new ObjectMapper().writeValueAsBytes(event);
        } catch (IOException notJson) {
            return body;
        }
    }

    /** The event files named that do not exist: a usage error, found before anything runs. */
    static List<Path> missing(List<Path> named) {
        return expand(named).stream().filter(file -> !Files.isRegularFile(file)).toList();
    }

    /** The files named, a name with {@code *} or {@code ?} standing for the matching files in its folder, sorted. */
    static List<Path> expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path name : named) {
            String pattern = name.getFileName() == null ? "" : name.getFileName().toString();
            if (!pattern.contains("*") && !pattern.contains("?")) {
                files.add(name);
                continue;
            }
            Path folder = name.getParent() == null ? Path.of(".") : name.getParent();
            PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + pattern);
            try (Stream<Path> listing = Files.list(folder)) {
                List<Path> matched = listing.filter(f -> matcher.matches(f.getFileName())).sorted().toList();
                files.addAll(matched.isEmpty() ? List.of(name) : matched);
            } catch (IOException e) {
                files.add(name);
            }
        }
        return files;
    }

    private static int invoke(RequestStreamHandler handler, Path event, String alexaApi, PrintStream out, boolean labelled) {
        JsonNode answer;
        int status = 0;
        try {
            byte[] body = withLocalAlexaApi(Files.readAllBytes(event), alexaApi);
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(body), response, null);
            answer = response.size() == 0 ? JSON.nullNode() : JSON.readTree(response.toByteArray());
        } catch (IOException | RuntimeException e) {
            answer = LambdaError.of(e);
            status = 1;
        }
        try {
            JsonNode document = answer;
            if (labelled) {
                ObjectNode wrapper = JSON.createObjectNode().put("event", event.toString());
                wrapper.set(status == 0 ? "response" : "error", answer);
                document = wrapper;
            }
            out.println(JSON.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.flush();
        }
        return status;
    }
}
