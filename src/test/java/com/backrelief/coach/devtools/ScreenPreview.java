package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For --screen: what a screen shows, as text under the answer, and each RenderDocument saved as a file
 * ({@code {"document": ..., "datasources": ...}}) to paste into the developer console's APL authoring tool.
 */
final class ScreenPreview {

    static final Path DIRECTORY = Path.of(".local", "screens");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private int saved;
    private JsonNode showing;

    ScreenPreview(Path directory) {
        this.directory = directory;
    }

    /** The lines to print under an answer: the screen's text, its buttons, and where it was saved. */
    List<String> show(JsonNode renderDocument) {
        if (renderDocument == null) {
            return List.of("  screen: (unchanged: this answer renders nothing)");
        }
        showing = renderDocument;
        List<String> lines = new ArrayList<>();
        text(renderDocument.path("datasources").path("screen")).forEach(line -> lines.add("  | " + line));
        lines.add("  saved: " + save(renderDocument));
        return lines;
    }

    /** The action of the button on the screen now whose words (or action) are these, ignoring case. */
    Optional<Button> button(String words) {
        if (showing == null) {
            return Optional.empty();
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        for (JsonNode button : showing.path("datasources").path("screen").path("buttons")) {
            String label = unescape(button.path("label").asText());
            String action = button.path("action").asText();
            if (label.toLowerCase(Locale.ROOT).equals(wanted) || action.equals(wanted)) {
                return Optional.of(new Button(label, action));
            }
        }
        return Optional.empty();
    }

    /** The session closed: nothing can be touched until the next answer shows a screen. */
    void closed() {
        showing = null;
    }

    record Button(String label, String action) {
    }

    /** The screen's words, heading first and buttons last in brackets, as a person would read them. */
    static List<String> text(JsonNode screen) {
        List<String> out = new ArrayList<>();
        String title = unescape(screen.path("title").asText());
        String progress = unescape(screen.path("progress").asText());
        out.add(progress.isEmpty() ? title : title + "   (" + progress + ")");
        add(out, "", screen.path("subtitle").asText());
        if (screen.path("hasDrawing").asBoolean()) {
            out.add("[drawing of the position]");
        }
        add(out, "", screen.path("dose").asText());
        screen.path("lines").forEach(line -> add(out, "- ", line.asText()));
        screen.path("notes").forEach(note -> add(out, "! ", note.asText()));
        List<String> buttons = new ArrayList<>();
        screen.path("buttons").forEach(button -> buttons.add("[" + unescape(button.path("label").asText()) + "]"));
        if (!buttons.isEmpty()) {
            out.add(String.join(" ", buttons));
        }
        return out;
    }

    private static void add(List<String> out, String prefix, String text) {
        if (!text.isBlank()) {
            out.add(prefix + unescape(text));
        }
    }

    private Path save(JsonNode renderDocument) {
        ObjectNode payload = JSON.createObjectNode();
        payload.set("document", renderDocument.path("document"));
        payload.set("datasources", renderDocument.path("datasources"));
        String layout = renderDocument.path("datasources").path("screen").path("layout").asText("screen");
        Path file = directory.resolve(String.format("%03d-%s.json", ++saved, layout));
        try {
            Files.createDirectories(directory);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screen to " + file, e);
        }
        return file;
    }

    /** The data source's text is escaped for APL's markup; the terminal shows it plain. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
