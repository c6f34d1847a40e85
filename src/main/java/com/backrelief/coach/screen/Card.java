package com.backrelief.coach.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * A card for the Alexa app: a title and plain-text lines to read again later, built from what the
 * person just heard. Alexa takes at most 8,000 characters of title and content together; a card here is
 * kept far shorter, with a short title and short lines, so it reads well on a phone.
 *
 * @param title   what the card is about, shown in bold
 * @param content the lines, joined by line breaks
 */
public record Card(String title, String content) {

    /** Alexa's limit: title and content together. */
    public static final int MAX_CHARACTERS = 8000;
    /** A title reads at a glance. */
    public static final int MAX_TITLE = 60;
    /** A card is for reading again, not a page: it stays well inside Alexa's limit. */
    public static final int MAX_CONTENT = 1500;

    public Card {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE || title.contains("\n")) {
            throw new IllegalArgumentException("A card needs a title of one short line: " + title);
        }
        if (content == null || content.isBlank() || content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("A card needs some content, within " + MAX_CONTENT + " characters");
        }
    }

    /** A card under {@code title}; blank lines given are left out, and a list item reads as "- item". */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** The lines of a card, in order. */
    public static final class Builder {

        private final String title;
        private final List<String> lines = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder line(String line) {
            if (line != null && !line.isBlank()) {
                lines.add(line.strip());
            }
            return this;
        }

        /** Text said as one run, one sentence a line. */
        public Builder sentences(String text) {
            if (text != null) {
                for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
                    line(sentence);
                }
            }
            return this;
        }

        public Builder items(List<String> items) {
            items.stream().filter(item -> item != null && !item.isBlank()).forEach(item -> lines.add("- " + item.strip()));
            return this;
        }

        /** An empty line between parts, never at the start or twice. */
        public Builder gap() {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
            return this;
        }

        public Card build() {
            List<String> kept = new ArrayList<>(lines);
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
                kept.remove(kept.size() - 1);
            }
            return new Card(title, String.join("\n", kept));
        }
    }
}
