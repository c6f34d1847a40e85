package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy between the SDK and DynamoDB (Local) that loses the answers of chosen
 * writes: the request is forwarded and DynamoDB applies it, then the answer is held back past the
 * SDK's per-try limit and the connection dropped, as when an answer is lost on the way back. Which
 * writes lose their answer is decided by a {@link Policy} from the person's key and how many writes
 * of that person came before.
 */
public final class FaultyDynamoDbProxy implements AutoCloseable {

    /** Decides whether the answer to a person's {@code n}-th write (counting from 1, retries included) is lost. */
    @FunctionalInterface
    public interface Policy {

        boolean loseAnswer(String userId, int n);

        /** The answer to the person's first write only. */
        static Policy firstWrite() {
            return (userId, n) -> n == 1;
        }

        /** One answer in {@code every}, chosen from the seed, the person and the write's number. */
        static Policy oneIn(int every, long seed) {
            return (userId, n) -> Math.floorMod(mix(seed ^ userId.hashCode() * 31L ^ n * 0x9E3779B97F4A7C15L), every) == 0;
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    private static final Set<String> WRITES = Set.of("DynamoDB_20120810.PutItem", "DynamoDB_20120810.UpdateItem",
            "DynamoDB_20120810.DeleteItem");
    private static final Set<String> UNFORWARDED = Set.of("host", "content-length", "connection", "transfer-encoding");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-dynamodb-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final String target;
    private final long holdMillis;
    private volatile Policy policy;
    private volatile boolean down;
    private final Map<String, AtomicInteger> writesByPerson = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger lost = new AtomicInteger();

    /**
     * @param target     DynamoDB's endpoint
     * @param holdMillis how long a lost answer is held before the connection is dropped (past the SDK's per-try limit)
     */
    public FaultyDynamoDbProxy(String target, Policy policy, long holdMillis) {
        this.target = target;
        this.policy = policy;
        this.holdMillis = holdMillis;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::forward);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FaultyDynamoDbProxy losing(Policy policy) {
        this.policy = policy;
        return this;
    }

    /** While down, every request is answered 503, as DynamoDB answers when it cannot serve. */
    public FaultyDynamoDbProxy down(boolean down) {
        this.down = down;
        return this;
    }

    /** Writes forwarded so far, and how many of their answers were lost. */
    public int writes() {
        return writes.get();
    }

    public int lostAnswers() {
        return lost.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (down) {
                byte[] refusal = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ServiceUnavailable\",\"message\":\"down\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                exchange.sendResponseHeaders(503, refusal.length);
                exchange.getResponseBody().write(refusal);
                return;
            }
            String operation = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            boolean lose = false;
            if (operation != null && WRITES.contains(operation)) {
                writes.incrementAndGet();
                String userId = userId(body);
                int n = writesByPerson.computeIfAbsent(userId, id -> new AtomicInteger()).incrementAndGet();
                lose = policy.loseAnswer(userId, n);
            }
            HttpURLConnection connection = (HttpURLConnection) URI.create(target + exchange.getRequestURI()).toURL().openConnection();
            connection.setRequestMethod(exchange.getRequestMethod());
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!UNFORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> connection.addRequestProperty(name, value));
                }
            });
            connection.setDoOutput(body.length > 0);
            if (body.length > 0) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            byte[] answer;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = in == null ? new byte[0] : in.readAllBytes();
            }
            if (lose) {
                // DynamoDB has applied the write; its answer never reaches the SDK.
                lost.incrementAndGet();
                sleep(holdMillis);
                return;
            }
            connection.getHeaderFields().forEach((name, values) -> {
                if (name != null && !UNFORWARDED.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static String userId(byte[] body) {
        try {
            JsonNode request = JSON.readTree(body);
            JsonNode key = request.has("Key") ? request.get("Key") : request.path("Item");
            return key.path("userId").path("S").asText("");
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
