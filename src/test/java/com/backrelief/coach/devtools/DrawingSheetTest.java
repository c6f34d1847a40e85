package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The drawing sheet shows every exercise's drawing as SVG draws it, path for path, with the exercise's name. */
class DrawingSheetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern D = Pattern.compile("<path d=\"([^\"]*)\"");

    @Test
    void theSheetHasOnePathPerAvgPathWithTheSameDataAndEveryExercisesName() throws IOException {
        JsonNode drawings = content("drawings.json").path("drawings");
        Map<String, String> names = DrawingSheet.names(content("exercises.json"));

        String svg = DrawingSheet.svg(drawings, names);

        List<String> expected = new ArrayList<>();
        names.keySet().forEach(id -> drawings.path(id).path("items")
                .forEach(item -> expected.add(item.path("pathData").asText())));
        List<String> drawn = new ArrayList<>();
        Matcher m = D.matcher(svg);
        while (m.find()) {
            drawn.add(m.group(1));
        }
        assertThat(drawn).containsExactlyElementsOf(expected);
        assertThat(names.values()).hasSize(18).allSatisfy(name -> assertThat(svg).contains(">" + name + "</text>"));
        assertThat(svg).contains("fill=\"" + DrawingSheet.BACKGROUND + "\"").doesNotContain("${");
    }

    @Test
    void avgPropertiesBecomeTheirSvgAttributesWithTheInkFilledIn() throws IOException {
        JsonNode path = JSON.readTree("""
                {"type": "path", "pathData": "M0 0L10 10", "stroke": "${ink}", "strokeWidth": 6,
                 "strokeOpacity": 0.5, "strokeLineCap": "round", "strokeLineJoin": "round",
                 "strokeDashArray": [1, 6], "fill": "transparent"}""");

        assertThat(DrawingSheet.path(path, Map.of("ink", "white"))).isEqualTo("<path d=\"M0 0L10 10\" stroke=\"white\" "
                + "stroke-width=\"6\" stroke-opacity=\"0.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\" "
                + "stroke-dasharray=\"1 6\" fill=\"none\"/>");
    }

    @Test
    void fiveDrawingsFillOneRowOfFourAndBeginASecondWithEscapedNames() throws IOException {
        JsonNode avg = JSON.readTree("""
                {"type": "AVG", "version": "1.2", "width": 240, "height": 160,
                 "parameters": [{"name": "ink", "type": "color", "default": "#fff"}],
                 "items": [{"type": "path", "pathData": "M1 1H9", "stroke": "${ink}"}]}""");
        ObjectNode drawings = JSON.createObjectNode();
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            drawings.set(id, avg);
            names.put(id, "name <" + id + ">");
        }

        String svg = DrawingSheet.svg(drawings, names);

        assertThat(DrawingSheet.width(svg)).isEqualTo(12 + DrawingSheet.COLUMNS * (240 + 12));
        assertThat(DrawingSheet.height(svg)).isEqualTo(12 + 2 * (160 + 26 + 12));
        assertThat(svg).contains("stroke=\"#fff\"").contains(">name &lt;e&gt;</text>");
    }

    @Test
    void anItemThatIsNotAPathIsRefusedRatherThanLeftOut() throws IOException {
        JsonNode group = JSON.readTree("{\"type\": \"group\", \"items\": []}");

        assertThatThrownBy(() -> DrawingSheet.path(group, Map.of())).hasMessageContaining("path items only");
    }

    @Test
    void aPathPropertyTheSheetCannotDrawIsRefusedToo() throws IOException {
        JsonNode path = JSON.readTree("{\"type\": \"path\", \"pathData\": \"M0 0H4\", \"fillTransform\": \"rotate(9)\"}");

        assertThatThrownBy(() -> DrawingSheet.path(path, Map.of())).hasMessageContaining("fillTransform");
    }

    private static JsonNode content(String file) throws IOException {
        try (InputStream in = DrawingSheetTest.class.getResourceAsStream("/content/" + file)) {
            return JSON.readTree(in);
        }
    }
}
