package com.backrelief.coach.devtools.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by the benchmark, the way the Lambda runtime starts a function: load the
 * handler class, call its no-argument constructor, hand it one request. Prints the response size
 * and the JVM's peak resident memory (VmHWM), then exits.
 */
public final class ColdStartProbe {

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(args[1]))), out, null);
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
