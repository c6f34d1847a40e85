package com.backrelief.coach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The start-position drawings in content/drawings.json: one Alexa Vector Graphic per exercise, drawn with
 * path data an SVG renderer reads too, inside its own frame, self-contained and small enough to send each time.
 */
class DrawingsTest {

    private static final int MOST_BYTES = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode drawings = ContentLoader.read("drawings.json").path("drawings");
    private final JsonNode exercises = ContentLoader.read("exercises.json");

    @Test
    void everyExerciseHasADrawingAndEveryDrawingIsOfAnExercise() {
        Set<String> ids = new TreeSet<>();
        exercises.forEach(exercise -> ids.add(exercise.path("id").asText()));
        Set<String> drawn = new TreeSet<>();
        drawings.fieldNames().forEachRemaining(drawn::add);

        assertThat(ids).hasSize(18);
        assertThat(drawn).isEqualTo(ids);
    }

    @Test
    void eachDrawingIsAnAvgOfPathsWithItsVersionSizeAndInkParameter() {
        eachDrawing((id, avg) -> {
            assertThat(avg.path("type").asText()).as(id).isEqualTo("AVG");
            assertThat(avg.path("version").asText()).as(id).isEqualTo("1.2");
            assertThat(avg.path("width").asInt()).as(id).isEqualTo(240);
            assertThat(avg.path("height").asInt()).as(id).isEqualTo(160);
            assertThat(avg.path("description").asText()).as(id).isNotBlank();
            assertThat(avg.path("parameters").findValuesAsText("name")).as(id).containsExactly("ink");
            assertThat(avg.path("items").isArray() && !avg.path("items").isEmpty()).as(id + " has items").isTrue();
            for (JsonNode item : avg.path("items")) {
                assertThat(item.path("type").asText()).as(id).isEqualTo("path");
                assertThat(item.path("pathData").asText()).as(id).isNotBlank();
            }
        });
    }

    @Test
    void everyColourIsTheInkOrNothingSoTheScreenCanChooseIt() {
        eachDrawing((id, avg) -> {
            for (JsonNode item : avg.path("items")) {
                for (String property : List.of("stroke", "fill")) {
                    if (item.has(property)) {
                        assertThat(item.path(property).asText()).as(id + " " + property).isIn("${ink}", "transparent");
                    }
                }
            }
        });
    }

    @Test
    void everyPathIsSvgPathDataThatStaysInsideTheDrawing() {
        eachDrawing((id, avg) -> {
            double width = avg.path("width").asDouble();
            double height = avg.path("height").asDouble();
            for (JsonNode item : avg.path("items")) {
                String d = item.path("pathData").asText();
                assertThatCode(() -> PathData.parse(d)).as(id + ": " + d).doesNotThrowAnyException();
                for (PathData.Point p : PathData.points(d)) {
                    assertThat(p.x()).as(id + " x in " + d).isBetween(0.0, width);
                    assertThat(p.y()).as(id + " y in " + d).isBetween(0.0, height);
                }
            }
        });
    }

    @Test
    void aDrawingFetchesNothingFromElsewhere() {
        eachDrawing((id, avg) -> {
            for (String text : strings(avg)) {
                assertThat(text.toLowerCase()).as(id).doesNotContain("http", "url(", "://");
            }
        });
    }

    @Test
    void eachDrawingIsAtMostTwoThousandBytes() throws Exception {
        for (Map.Entry<String, JsonNode> drawing : entries()) {
            assertThat(JSON.writeValueAsBytes(drawing.getValue())).as(drawing.getKey()).hasSizeLessThanOrEqualTo(MOST_BYTES);
        }
    }

    private void eachDrawing(BiConsumer<String, JsonNode> check) {
        entries().forEach(e -> check.accept(e.getKey(), e.getValue()));
    }

    private List<Map.Entry<String, JsonNode>> entries() {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        drawings.fields().forEachRemaining(entries::add);
        assertThat(entries).isNotEmpty();
        return entries;
    }

    /** Every text in the tree, keys included. */
    private static List<String> strings(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.fields().forEachRemaining(field -> {
            texts.add(field.getKey());
            texts.addAll(strings(field.getValue()));
        });
        if (node.isArray()) {
            node.forEach(child -> texts.addAll(strings(child)));
        }
        return texts;
    }
}
