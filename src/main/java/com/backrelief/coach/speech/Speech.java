package com.backrelief.coach.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable piece of speech: text and pauses, rendered as escaped SSML or as plain text. */
public final class Speech {

    /** Alexa ignores a single {@code <break>} longer than ten seconds, so longer pauses are chained. */
    public static final Duration MAX_BREAK = Duration.ofSeconds(10);

    private static final Speech EMPTY = new Speech(List.of());

    private sealed interface Part permits Text, Pause, Digits {}

    private record Text(String value) implements Part {}

    /** A number read digit by digit ("nine nine nine", not "nine hundred ninety-nine"). */
    private record Digits(String value) implements Part {}

    private record Pause(Duration length) implements Part {}

    private final List<Part> parts;

    private Speech(List<Part> parts) {
        this.parts = parts;
    }

    public static Speech empty() {
        return EMPTY;
    }

    /** Plain words; any SSML-reserved characters in them are escaped when rendered. */
    public static Speech of(String text) {
        return EMPTY.then(text);
    }

    public Speech then(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return append(new Text(text.strip()));
    }

    public Speech then(Speech other) {
        if (other.parts.isEmpty()) {
            return this;
        }
        List<Part> joined = new ArrayList<>(parts);
        joined.addAll(other.parts);
        return new Speech(Collections.unmodifiableList(joined));
    }

    /** A number such as a phone number, read out one digit at a time. */
    public Speech thenDigits(String digits) {
        if (digits == null || !digits.matches("[0-9]+")) {
            throw new IllegalArgumentException("Digits only: " + digits);
        }
        return append(new Digits(digits));
    }

    public Speech pause(Duration length) {
        if (length.isNegative() || length.isZero()) {
            return this;
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Pause last) {
            List<Part> merged = new ArrayList<>(parts.subList(0, parts.size() - 1));
            merged.add(new Pause(last.length().plus(length)));
            return new Speech(Collections.unmodifiableList(merged));
        }
        return append(new Pause(length));
    }

    public Speech pauseSeconds(double seconds) {
        return pause(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private Speech append(Part part) {
        List<Part> longer = new ArrayList<>(parts.size() + 1);
        longer.addAll(parts);
        longer.add(part);
        return new Speech(Collections.unmodifiableList(longer));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The SSML fragment to place inside {@code <speak>}: text escaped, long pauses chained. */
    public String toSsml() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text text) {
                separate(out).append(escape(text.value()));
            } else if (part instanceof Digits digits) {
                separate(out).append("<say-as interpret-as=\"digits\">").append(digits.value()).append("</say-as>");
            } else if (part instanceof Pause pause) {
                appendBreaks(out, pause.length());
            }
        }
        return out.toString();
    }

    /** Speech for reading in a terminal: no markup, a pause shown as {@code [pause 3s]}. */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            separate(out);
            if (part instanceof Text text) {
                out.append(text.value());
            } else if (part instanceof Digits digits) {
                out.append(digits.value());
            } else if (part instanceof Pause pause) {
                out.append("[pause ").append(seconds(pause.length())).append("s]");
            }
        }
        return out.toString();
    }

    /** The words alone, as a person would read them: no markup, no pauses. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text text) {
                separate(out).append(text.value());
            } else if (part instanceof Digits digits) {
                separate(out).append(digits.value());
            }
        }
        return out.toString();
    }

    /** Total silence written into this speech. */
    public Duration totalPause() {
        Duration total = Duration.ZERO;
        for (Part part : parts) {
            if (part instanceof Pause pause) {
                total = total.plus(pause.length());
            }
        }
        return total;
    }

    /** The last words spoken, for checks such as "does this end with a question". */
    public String lastText() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i) instanceof Text text) {
                return text.value();
            }
        }
        return "";
    }

    private static StringBuilder separate(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out;
    }

    private static void appendBreaks(StringBuilder out, Duration length) {
        Duration left = length;
        while (!left.isZero() && !left.isNegative()) {
            Duration one = left.compareTo(MAX_BREAK) > 0 ? MAX_BREAK : left;
            separate(out).append("<break time=\"").append(one.toMillis()).append("ms\"/>");
            left = left.minus(one);
        }
    }

    private static String seconds(Duration length) {
        long millis = length.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    /** Escapes the characters that would break SSML, including in text a user said. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Speech speech && speech.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return toPlainText();
    }
}
