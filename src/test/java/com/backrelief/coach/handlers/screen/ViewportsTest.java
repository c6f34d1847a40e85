package com.backrelief.coach.handlers.screen;

import com.backrelief.coach.support.ScreenDevice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents adapt to the screen through the sizes in {@code apl/common.json}, chosen by the viewport:
 * each device gets its own set, and with it the longest content of each layout fits (a text-width estimate
 * of half the font size per character, generous for the fonts Alexa uses; a round screen keeps inside its circle).
 */
class ViewportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CLAUSE =
            Pattern.compile("viewport\\.(shape|width|height)\\s*(==|!=|<=|>=|<|>)\\s*('[a-z]+'|[0-9]+)");
    /** Average glyph width as a share of the font size; Amazon Ember averages about half. */
    private static final double GLYPH = 0.55;
    private static final double LINE = 1.3;

    static Map<String, Double> sizes(ScreenDevice device) throws IOException {
        JsonNode common = JSON.readTree(Path.of("src/main/resources/apl/common.json").toFile());
        Map<String, Double> sizes = new HashMap<>();
        for (JsonNode resource : common.path("resources")) {
            if (!resource.has("when") || holds(resource.path("when").asText(), device)) {
                resource.path("dimensions").fields().forEachRemaining(d -> sizes.put(d.getKey(), dp(d.getValue().asText())));
            }
        }
        return sizes;
    }

    /** Evaluates the conditions the documents use: clauses on the viewport's shape and size joined by &&. */
    static boolean holds(String when, ScreenDevice device) {
        String body = when.strip();
        assertThat(body).startsWith("${").endsWith("}");
        boolean all = true;
        for (String clause : body.substring(2, body.length() - 1).split("&&")) {
            Matcher m = CLAUSE.matcher(clause.strip());
            assertThat(m.matches()).as("a condition these checks can read: " + clause).isTrue();
            String left = switch (m.group(1)) {
                case "shape" -> "'" + device.shape.toLowerCase() + "'";
                case "width" -> Integer.toString(device.width * 160 / ScreenDevice.DPI);
                default -> Integer.toString(device.height * 160 / ScreenDevice.DPI);
            };
            all &= compare(left, m.group(2), m.group(3));
        }
        return all;
    }

    private static boolean compare(String left, String op, String right) {
        if (left.startsWith("'")) {
            return op.equals("==") == left.equals(right);
        }
        int a = Integer.parseInt(left);
        int b = Integer.parseInt(right);
        return switch (op) {
            case "==" -> a == b;
            case "!=" -> a != b;
            case "<" -> a < b;
            case "<=" -> a <= b;
            case ">" -> a > b;
            default -> a >= b;
        };
    }

    private static double dp(String dimension) {
        assertThat(dimension).endsWith("dp");
        return Double.parseDouble(dimension.substring(0, dimension.length() - 2));
    }

    @Test
    void eachDeviceGetsItsOwnSizes() throws IOException {
        assertThat(sizes(ScreenDevice.ECHO_SHOW_5).get("titleSize")).isLessThan(sizes(ScreenDevice.ECHO_SHOW_8).get("titleSize"));
        assertThat(sizes(ScreenDevice.ECHO_SHOW_15).get("titleSize")).isGreaterThan(sizes(ScreenDevice.ECHO_SHOW_8).get("titleSize"));
        assertThat(sizes(ScreenDevice.ECHO_SPOT).get("pad")).as("a round screen keeps clear of its edge")
                .isGreaterThanOrEqualTo(ScreenDevice.ECHO_SPOT.width * 0.1);
    }

    @ParameterizedTest
    @EnumSource(ScreenDevice.class)
    void aRoutineStepFitsWithItsDrawingAndFourButtons(ScreenDevice device) throws IOException {
        Map<String, Double> s = sizes(device);
        double buttons = rowWidth(s, List.of("Pause", "Repeat", "Next", "Easier"));
        double inner = innerWidth(device, s);
        if (device.shape.equals("ROUND")) {
            int rows = (int) Math.ceil(buttons / inner);
            // progress, a title of two lines, "Paused" when paused, the drawing, the dose, the buttons
            double height = s.get("smallSize") * LINE + 2 * s.get("titleSize") * LINE + s.get("textSize") * LINE
                    + s.get("drawingHeight") + s.get("textSize") * LINE + rows * (s.get("buttonHeight") + s.get("gap"));
            assertThat(rows).isLessThanOrEqualTo(2);
            assertThat(height).as(device + " step height").isLessThanOrEqualTo(device.height * 0.9);
        } else {
            assertThat(buttons).as(device + " buttons in one row").isLessThanOrEqualTo(inner);
            double height = 2 * s.get("pad") + s.get("drawingHeight") + s.get("smallSize") * LINE + s.get("gap")
                    + s.get("buttonHeight") + s.get("gap");
            assertThat(height).as(device + " step height").isLessThanOrEqualTo(device.height);
            double textColumn = inner - s.get("drawingWidth") - s.get("pad");
            assertThat(textColumn / (s.get("textSize") * GLYPH)).as(device + " characters per line beside the drawing")
                    .isGreaterThanOrEqualTo(25);
        }
    }

    @ParameterizedTest
    @EnumSource(ScreenDevice.class)
    void theWelcomeChoicesFitAcrossAndTheLongestEmergencyWordsFitTheScreen(ScreenDevice device) throws IOException {
        Map<String, Double> s = sizes(device);
        assertThat(s.get("choiceWidth")).as(device + " choice width").isLessThanOrEqualTo(innerWidth(device, s));
        assertThat("Follow a routine".length() * s.get("buttonText") * GLYPH).isLessThan(s.get("choiceWidth"));
        String longest = "Call your doctor's office or go to urgent care today";
        double lines = Math.ceil(longest.length() * s.get("bigWordsSize") * GLYPH / innerWidth(device, s));
        assertThat(lines * s.get("bigWordsSize") * LINE).as(device + " emergency words").isLessThanOrEqualTo(device.height * 0.8);
        assertThat("9999".length() * s.get("bigSize") * GLYPH).as(device + " emergency number")
                .isLessThanOrEqualTo(innerWidth(device, s));
    }

    /**
     * APL gives a ScrollView (or Sequence) without a height a height of 100dp, whatever room it has: one with
     * neither a height nor a grow along a column shows a strip of its content and hides the rest (in a row, grow
     * widens it and leaves it 100dp high).
     */
    @Test
    void everyScrollingComponentIsGivenItsRoom() throws IOException {
        for (String layout : List.of("common", "welcome", "stretch", "step", "advice", "alert", "message")) {
            JsonNode document = JSON.readTree(Path.of("src/main/resources/apl/" + layout + ".json").toFile());
            List<String> unsized = new ArrayList<>();
            scrollersWithoutRoom(document, false, layout, unsized);
            assertThat(unsized).as("ScrollViews and Sequences with neither a height nor a grow in a column").isEmpty();
        }
    }

    private static void scrollersWithoutRoom(JsonNode node, boolean inRow, String at, List<String> unsized) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            boolean grows = !inRow && node.path("grow").asDouble(0) > 0;
            if ((type.equals("ScrollView") || type.equals("Sequence")) && !node.has("height") && !grows) {
                unsized.add(at);
            }
            boolean row = node.path("direction").asText().startsWith("row");
            node.fields().forEachRemaining(f -> scrollersWithoutRoom(f.getValue(),
                    f.getKey().equals("items") || f.getKey().equals("item") ? row : inRow, at + "/" + f.getKey(), unsized));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scrollersWithoutRoom(node.get(i), inRow, at + "/" + i, unsized);
            }
        }
    }

    private static double innerWidth(ScreenDevice device, Map<String, Double> s) {
        return device.width - 2 * s.get("pad");
    }

    private static double rowWidth(Map<String, Double> s, List<String> labels) {
        double width = 0;
        for (String label : labels) {
            width += label.length() * s.get("buttonText") * GLYPH + 2 * s.get("buttonPad") + s.get("gap");
        }
        return width;
    }
}
