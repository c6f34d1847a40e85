package com.backrelief.coach.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** An immutable piece of speech: text, pauses and short sounds, rendered as escaped SSML or as plain text. */
public final class Speech {

    /** Alexa ignores a single {@code <break>} longer than ten seconds, so longer pauses are chained. */
    public static final Duration MAX_BREAK = Duration.ofSeconds(10);

    /**
     * A sound Alexa may play: a clip of the Alexa Skills Kit sound library, or an HTTPS address, with
     * no character that could end the attribute or start markup.
     */
    private static final Pattern SOUND_SOURCE =
            Pattern.compile("soundbank://soundlibrary(?:/[A-Za-z0-9_-]+)+|https://[A-Za-z0-9._~/%+-]+\\.mp3");

    private static final Speech EMPTY = new Speech(List.of());

    private sealed interface Part permits Text, Soft, Pause, Digits, Sound {}

    private record Text(String value) implements Part {}

    /** A number read digit by digit ("nine nine nine", not "nine hundred ninety-nine"). */
    private record Digits(String value) implements Part {}

    private record Pause(Duration length) implements Part {}

    /** Words said quietly, so they keep company without breaking a silence held on purpose. */
    private record Soft(String value) implements Part {}

    /** A short sound played between words: an {@code <audio>} clip. */
    private record Sound(String source) implements Part {}

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

    /** Words said quietly ({@code <prosody volume="soft">}), such as a count in the middle of a hold. */
    public Speech thenSoftly(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return append(new Soft(text.strip()));
    }

    /** A number such as a phone number, read out one digit at a time. */
    public Speech thenDigits(String digits) {
        if (digits == null || !digits.matches("[0-9]+")) {
            throw new IllegalArgumentException("Digits only: " + digits);
        }
        return append(new Digits(digits));
    }

    /**
     * A short sound from {@code source}: a sound-library URI ({@code soundbank://soundlibrary/...}) or
     * an HTTPS MP3. Anything else is refused, so no text can reach the SSML through a sound.
     */
    public Speech thenSound(String source) {
        if (source == null || !SOUND_SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("Not a sound Alexa can play: " + source);
        }
        return append(new Sound(source));
    }

    /** The same speech with its sounds left out (the person turned the sounds off). */
    public Speech withoutSounds() {
        Speech quiet = EMPTY;
        for (Part part : parts) {
            if (part instanceof Pause pause) {
                quiet = quiet.pause(pause.length());
            } else if (!(part instanceof Sound)) {
                quiet = quiet.append(part);
            }
        }
        return quiet;
    }

    /** How many sounds this speech plays. */
    public int soundCount() {
        return (int) parts.stream().filter(Sound.class::isInstance).count();
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
            } else if (part instanceof Soft soft) {
                separate(out).append("<prosody volume=\"soft\">").append(escape(soft.value())).append("</prosody>");
            } else if (part instanceof Digits digits) {
                separate(out).append("<say-as interpret-as=\"digits\">").append(digits.value()).append("</say-as>");
            } else if (part instanceof Pause pause) {
                appendBreaks(out, pause.length());
            } else if (part instanceof Sound sound) {
                separate(out).append("<audio src=\"").append(escape(sound.source())).append("\"/>");
            }
        }
        return out.toString();
    }

    /** Speech for reading in a terminal: no markup, a pause shown as {@code [pause 3s]}, a sound as {@code [sound: name]}. */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            separate(out);
            if (part instanceof Text text) {
                out.append(text.value());
            } else if (part instanceof Soft soft) {
                out.append(soft.value());
            } else if (part instanceof Digits digits) {
                out.append(digits.value());
            } else if (part instanceof Pause pause) {
                out.append("[pause ").append(seconds(pause.length())).append("s]");
            } else if (part instanceof Sound sound) {
                out.append("[sound: ").append(soundName(sound.source())).append(']');
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
            } else if (part instanceof Soft soft) {
                separate(out).append(soft.value());
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

    /** A sound's short name, the last part of its address: "chimes_03". */
    public static String soundName(String source) {
        String name = source.substring(source.lastIndexOf('/') + 1);
        return name.endsWith(".mp3") ? name.substring(0, name.length() - 4) : name;
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
