package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on this machine in front of one handler: the Lambda Invoke API ({@link InvokeRoute})
 * and an Alexa skill endpoint at {@code /} ({@link AlexaRoute}). A few threads serve requests; the
 * handler runs one request at a time, as in Lambda; a bad request gets an error and the server goes on.
 */
public final class LocalInvokeServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int WAITING_EVENTS = 32;

    private final HttpServer server;
    private final ExecutorService requests;
    private final ThreadPoolExecutor events;
    private final String functionName;

    private LocalInvokeServer(HttpServer server, ExecutorService requests, ThreadPoolExecutor events, String functionName) {
        this.server = server;
        this.requests = requests;
        this.events = events;
        this.functionName = functionName;
    }

    /** Starts serving {@code handler} as the function {@code functionName} on {@code address} (port 0: any free one). */
    public static LocalInvokeServer start(InetSocketAddress address, String functionName, RequestStreamHandler handler,
                                          PrintStream log) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService requests = Executors.newFixedThreadPool(THREADS);
        ThreadPoolExecutor events = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING_EVENTS));
        SerialFunction function = new SerialFunction(handler);
        String invokePath = InvokeRoute.PREFIX + functionName + "/invocations";
        server.createContext(InvokeRoute.PREFIX, guarded(new InvokeRoute(functionName, function, events, log), log));
        server.createContext("/", guarded(new AlexaRoute(function, invokePath, log), log));
        server.setExecutor(requests);
        server.start();
        return new LocalInvokeServer(server, requests, events, functionName);
    }

    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    public URI invokeUri() {
        return uri().resolve(InvokeRoute.PREFIX + functionName + "/invocations");
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        events.shutdownNow();
    }

    /** Whatever goes wrong while answering one request becomes a 500 for that request only. */
    private static HttpHandler guarded(HttpHandler route, PrintStream log) {
        return exchange -> {
            try {
                route.handle(exchange);
            } catch (RuntimeException | IOException e) {
                log.println("Could not answer " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
                failed(exchange);
            }
        };
    }

    private static void failed(HttpExchange exchange) {
        try {
            HttpReply.json(exchange, 500, HttpReply.object("error", "The local server could not answer this request."),
                    Map.of());
        } catch (IOException | RuntimeException alreadyAnswered) {
            exchange.close();
        }
    }
}
