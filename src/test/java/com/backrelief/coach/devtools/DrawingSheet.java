package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every exercise drawing of {@code content/drawings.json} on one SVG sheet: a grid on a dark background, as an
 * Echo Show would show them, with each exercise's name under its drawing. {@code --png FILE} also takes a screenshot
 * of the sheet with headless Chromium, to look at the drawings as a person would see them.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.DrawingSheet
 * -Dexec.args="--png docs/drawings.png"}; the SVG goes to the first other argument, else {@code target/drawings.svg}.
 */
public final class DrawingSheet {

    static final Path DEFAULT_SVG = Path.of("target/drawings.svg");
    static final String BACKGROUND = "#16202c";
    static final int COLUMNS = 4;
    private static final int CELL_WIDTH = 240;
    private static final int CELL_HEIGHT = 160;
    private static final int LABEL = 26;
    private static final int GAP = 12;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** AVG path properties and the SVG attributes that draw the same. */
    private static final Map<String, String> ATTRIBUTES = attributes();

    private DrawingSheet() {
    }

    public static void main(String[] args) throws IOException {
        Path svg = DEFAULT_SVG;
        Path png = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--png") && i + 1 < args.length) {
                png = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                System.err.println("usage: DrawingSheet [SHEET.svg] [--png SHEET.png]");
                System.exit(2);
            } else {
                svg = Path.of(args[i]);
            }
        }
        String sheet = svg(resource("drawings.json").path("drawings"), names(resource("exercises.json")));
        write(svg, sheet);
        System.out.println("drawing sheet: " + svg);
        if (png != null) {
            screenshot(svg, png, width(sheet), height(sheet));
            System.out.println("screenshot: " + png);
        }
    }

    /** The exercises' spoken names by id, in the order of exercises.json. */
    static Map<String, String> names(JsonNode exercises) {
        Map<String, String> names = new LinkedHashMap<>();
        exercises.forEach(exercise -> names.put(exercise.path("id").asText(), exercise.path("name").asText()));
        return names;
    }

    /** The sheet: one cell per exercise that has a drawing, in the order of {@code names}. */
    static String svg(JsonNode drawings, Map<String, String> names) {
        List<String> ids = names.keySet().stream().filter(drawings::has).toList();
        int rows = (ids.size() + COLUMNS - 1) / COLUMNS;
        int width = GAP + COLUMNS * (CELL_WIDTH + GAP);
        int height = GAP + rows * (CELL_HEIGHT + LABEL + GAP);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"sans-serif\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(BACKGROUND).append("\"/>\n");
        for (int i = 0; i < ids.size(); i++) {
            int x = GAP + (i % COLUMNS) * (CELL_WIDTH + GAP);
            int y = GAP + (i / COLUMNS) * (CELL_HEIGHT + LABEL + GAP);
            cell(svg, drawings.path(ids.get(i)), names.get(ids.get(i)), x, y);
        }
        return svg.append("</svg>\n").toString();
    }

    /** One drawing scaled into its cell, its name centred under it. */
    private static void cell(StringBuilder svg, JsonNode avg, String name, int x, int y) {
        double width = avg.path("width").asDouble();
        double height = avg.path("height").asDouble();
        double scale = Math.min(CELL_WIDTH / width, CELL_HEIGHT / height);
        Map<String, String> parameters = defaults(avg.path("parameters"));
        svg.append("<g transform=\"translate(").append(x).append(' ').append(y).append(") scale(")
                .append(number(scale)).append(")\">\n");
        for (JsonNode item : avg.path("items")) {
            svg.append(path(item, parameters)).append('\n');
        }
        svg.append("</g>\n<text x=\"").append(x + CELL_WIDTH / 2).append("\" y=\"").append(y + CELL_HEIGHT + LABEL - 6)
                .append("\" fill=\"#c9d4e0\" font-size=\"16\" text-anchor=\"middle\">").append(escape(name))
                .append("</text>\n");
    }

    /**
     * One AVG path item as an SVG {@code <path>}, its {@code ${parameter}} references resolved; a property SVG
     * would not draw the same way is refused, so the sheet never shows less than the screen would.
     */
    static String path(JsonNode item, Map<String, String> parameters) {
        if (!"path".equals(item.path("type").asText())) {
            throw new IllegalArgumentException("the sheet draws path items only, not " + item.path("type"));
        }
        item.fieldNames().forEachRemaining(property -> {
            if (!property.equals("type") && !ATTRIBUTES.containsKey(property)) {
                throw new IllegalArgumentException("the sheet cannot draw the path property " + property);
            }
        });
        StringBuilder path = new StringBuilder("<path");
        ATTRIBUTES.forEach((property, attribute) -> {
            if (item.has(property)) {
                String value = resolve(text(item.path(property)), parameters);
                if (attribute.equals("fill") && value.equals("transparent")) {
                    value = "none";
                }
                path.append(' ').append(attribute).append("=\"").append(escape(value)).append('"');
            }
        });
        return path.append("/>").toString();
    }

    /** A property's value as SVG writes it: a list (a dash array) as numbers separated by spaces. */
    private static String text(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> parts = new ArrayList<>();
        value.forEach(part -> parts.add(part.asText()));
        return String.join(" ", parts);
    }

    private static String resolve(String value, Map<String, String> parameters) {
        Matcher m = PARAMETER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String parameter = parameters.get(m.group(1));
            if (parameter == null) {
                throw new IllegalArgumentException("unknown parameter ${" + m.group(1) + "}");
            }
            m.appendReplacement(resolved, Matcher.quoteReplacement(parameter));
        }
        return m.appendTail(resolved).toString();
    }

    private static Map<String, String> defaults(JsonNode parameters) {
        Map<String, String> defaults = new HashMap<>();
        parameters.forEach(p -> defaults.put(p.path("name").asText(), p.path("default").asText()));
        return defaults;
    }

    /**
     * Photographs the SVG with headless Chromium at its own size: a throwaway profile, no network of its own
     * (no updates, sync or background requests), so the picture is the file alone.
     */
    static void screenshot(Path svg, Path png, int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("--png needs Chromium at " + CHROMIUM + ": sudo apt-get install chromium");
        }
        Path profile = Files.createTempDirectory("drawing-sheet");
        try {
            Path out = png.toAbsolutePath();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    "--user-data-dir=" + profile, "--screenshot=" + out, "--window-size=" + width + "," + height,
                    svg.toAbsolutePath().toUri().toString()));
            Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("Chromium took over two minutes for the screenshot");
            }
            if (chromium.exitValue() != 0 || !Files.exists(out)) {
                throw new IllegalStateException("Chromium made no screenshot (exit " + chromium.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Chromium took the screenshot", e);
        } finally {
            delete(profile);
        }
    }

    static int width(String svg) {
        return dimension(svg, "width");
    }

    static int height(String svg) {
        return dimension(svg, "height");
    }

    private static int dimension(String svg, String name) {
        Matcher m = Pattern.compile("<svg[^>]*? " + name + "=\"(\\d+)\"").matcher(svg);
        if (!m.find()) {
            throw new IllegalArgumentException("the sheet has no " + name);
        }
        return Integer.parseInt(m.group(1));
    }

    private static JsonNode resource(String file) {
        try (InputStream in = DrawingSheet.class.getResourceAsStream("/content/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no content/" + file + " on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("pathData", "d");
        attributes.put("stroke", "stroke");
        attributes.put("strokeWidth", "stroke-width");
        attributes.put("strokeOpacity", "stroke-opacity");
        attributes.put("strokeLineCap", "stroke-linecap");
        attributes.put("strokeLineJoin", "stroke-linejoin");
        attributes.put("strokeDashArray", "stroke-dasharray");
        attributes.put("fill", "fill");
        attributes.put("fillOpacity", "fill-opacity");
        return attributes;
    }
}
