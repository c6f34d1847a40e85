package com.backrelief.coach.devtools.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by the benchmark, the way the Lambda runtime starts a function: load the
 * handler class, call its no-argument constructor, hand it one request. With {@code --primed} it
 * first calls the handler's {@code prime()} when it has one, as SnapStart runs its priming hook
 * before the snapshot (a handler without one is snapshotted as constructed). Prints the
 * request's own latency, the response and the JVM's peak resident memory (VmHWM), then exits.
 */
public final class ColdStartProbe {

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        if (args.length > 2 && args[2].equals("--primed")) {
            try {
                handler.getClass().getMethod("prime").invoke(handler);
            } catch (NoSuchMethodException noPrimingHook) {
                // SnapStart snapshots it as its constructor left it.
            }
        }
        byte[] request = Files.readAllBytes(Path.of(args[1]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        System.out.println("request-ms " + (System.nanoTime() - start) / 1e6);
        System.out.println("response-bytes " + out.size());
        System.out.println("peak-rss-kib " + peakRssKib());
        System.out.println("response " + out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    static long peakRssKib() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
