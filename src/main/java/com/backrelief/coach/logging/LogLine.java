package com.backrelief.coach.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One structured JSON log line on standard output (CloudWatch on Lambda). Callers choose the
 * fields; by rule they never include slot values or a full user id ({@link #userRef}).
 */
public final class LogLine {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private LogLine(String event) {
        fields.put("event", event);
    }

    public static LogLine of(String event) {
        return new LogLine(event);
    }

    public LogLine with(String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    /** A field whose value is JSON the caller wrote itself (never anything from a request). */
    LogLine withJson(String name, String json) {
        fields.put(name, new RawJson(json));
        return this;
    }

    private record RawJson(String json) {
    }

    public void write() {
        System.out.println(toJson());
    }

    public String toJson() {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, name).append(':');
            if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value instanceof RawJson raw) {
                out.append(raw.json());
            } else {
                quote(out, String.valueOf(value));
            }
        });
        return out.append('}').toString();
    }

    /** A short, stable, one-way reference to a user, so log lines can be correlated without the id. */
    public static String userRef(String userId) {
        if (userId == null || userId.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        int limit = Math.min(text.length(), 500);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
