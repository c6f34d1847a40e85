package com.backrelief.coach.devtools.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted conversation in one JVM: each request's time inside the Lambda handler, and the
 * DynamoDB calls each request made, read from the request's structured log line.
 */
final class WarmTurns {

    static final Path SCRIPT = Path.of("src/test/resources/bench/warm-turns.txt");

    record Request(double millis, String sessionId, String what, int reads, int writes) {
    }

    private final List<Request> requests = new ArrayList<>();

    List<Request> requests() {
        return requests;
    }

    /**
     * Plays the script in a JVM of its own ({@link WarmTurnsProbe}), started with {@code jvmOptions} and
     * {@code env}: {@code warmUp} requests first, then {@code turns} timed ones.
     */
    static WarmTurns inJvm(List<String> jvmOptions, List<Path> classpath, Map<String, String> env, String userId,
                           int warmUp, int turns) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(WarmTurnsProbe.class.getName());
        command.add(Integer.toString(warmUp));
        command.add(Integer.toString(turns));
        command.add(userId);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("The warm turns failed:\n" + output);
        }
        WarmTurns result = new WarmTurns();
        for (String line : output.split("\n")) {
            if (line.startsWith(WarmTurnsProbe.LINE)) {
                String[] f = line.substring(WarmTurnsProbe.LINE.length()).strip().split(" ");
                result.requests.add(new Request(Double.parseDouble(f[0]), f[4], f[3], Integer.parseInt(f[1]),
                        Integer.parseInt(f[2])));
            }
        }
        if (result.requests.size() < turns) {
            throw new IllegalStateException("The warm turns printed " + result.requests.size() + " requests:\n" + output);
        }
        return result;
    }

    /** Plays the script until {@code turns} requests have been answered, repeating it as needed. */
    static WarmTurns play(RequestStreamHandler handler, UtteranceMatcher matcher, String userId, int turns)
            throws IOException {
        WarmTurns result = new WarmTurns();
        List<String> script = Files.readAllLines(SCRIPT).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Conversation conversation = new Conversation(result.timed(handler), matcher).user(userId);
        for (int i = 0; result.requests.size() < turns; i++) {
            conversation.say(script.get(i % script.size()));
        }
        conversation.end();
        return result;
    }

    private RequestStreamHandler timed(RequestStreamHandler handler) {
        ObjectMapper json = new ObjectMapper();
        return (InputStream in, OutputStream out, Context context) -> {
            byte[] body = in.readAllBytes();
            String sessionId = json.readTree(body).path("session").path("sessionId").asText("");
            PrintStream stdout = System.out;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
            long start = System.nanoTime();
            try {
                handler.handleRequest(new java.io.ByteArrayInputStream(body), out, context);
            } finally {
                double millis = (System.nanoTime() - start) / 1e6;
                System.setOut(stdout);
                JsonNode line = requestLine(json, log.toString(StandardCharsets.UTF_8));
                String what = line.path("intent").asText(line.path("type").asText());
                requests.add(new Request(millis, sessionId, what, line.path("dynamoDbReads").asInt(),
                        line.path("dynamoDbWrites").asInt()));
            }
        };
    }

    private static JsonNode requestLine(ObjectMapper json, String log) throws IOException {
        for (String line : log.split("\n")) {
            if (line.contains("\"event\":\"request\"")) {
                return json.readTree(line);
            }
        }
        throw new IllegalStateException("No request log line was written:\n" + log);
    }

    /** Sessions that read the user's record more than once. */
    Map<String, Integer> sessionsReadingTwice() {
        Map<String, Integer> reads = new HashMap<>();
        requests.forEach(r -> reads.merge(r.sessionId(), r.reads(), Integer::sum));
        reads.values().removeIf(n -> n <= 1);
        return reads;
    }

    /** The slowest of {@code among}, for the profile: what they were and what they asked of DynamoDB. */
    List<String> slowest(List<Request> among, int count) {
        return among.stream().sorted(java.util.Comparator.comparingDouble(Request::millis).reversed()).limit(count)
                .map(r -> String.format(java.util.Locale.ROOT, "%.1f ms %s (reads %d, writes %d)", r.millis(), r.what(),
                        r.reads(), r.writes()))
                .toList();
    }

    /** How many requests of each kind wrote the record, most first. */
    String writersByKind() {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        requests.stream().filter(r -> r.writes() > 0).forEach(r -> kinds.merge(r.what(), 1L, Long::sum));
        return kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    long requestsWritingTwice() {
        return requests.stream().filter(r -> r.writes() > 1).count();
    }
}
