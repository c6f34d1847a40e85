package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The JSON log lines written to standard output while it is open (the one line per request among them). */
public final class CapturedLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream original = System.out;
    private int read;

    private CapturedLog() {
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    /** The request lines written since the last call. */
    public List<JsonNode> requests() {
        String[] all = captured.toString(StandardCharsets.UTF_8).split("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (int i = read; i < all.length; i++) {
            try {
                JsonNode line = JSON.readTree(all[i]);
                if (line != null && "request".equals(line.path("event").asText())) {
                    lines.add(line);
                }
            } catch (IOException notJson) {
                // other output (a library's own logging) is not ours to read
            }
        }
        read = all.length;
        return lines;
    }

    /** The one request line written since the last call. */
    public JsonNode request() {
        List<JsonNode> lines = requests();
        if (lines.size() != 1) {
            throw new UncheckedIOException(new IOException("Expected one request line, got " + lines.size()));
        }
        return lines.get(0);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
