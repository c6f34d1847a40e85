package com.backrelief.coach.content;

import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.screen.Documents;
import com.backrelief.coach.screen.Screen;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the APL documents ({@code apl/<layout>.json}, each merged with {@code apl/common.json}) and the
 * drawings of the exercises ({@code content/drawings.json}), and checks that every exercise has one.
 */
public final class ScreenLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    /** What {@code common.json} adds to each document. */
    private static final List<String> SHARED = List.of("resources", "styles", "layouts");

    private ScreenLoader() {
    }

    public static Documents documents(StretchCatalogue catalogue) {
        Map<String, Object> common = read("/apl/common.json");
        Map<Screen.Layout, Map<String, Object>> documents = new EnumMap<>(Screen.Layout.class);
        for (Screen.Layout layout : Screen.Layout.values()) {
            documents.put(layout, merged(read("/apl/" + layout.document() + ".json"), common));
        }
        return new Documents(documents, drawings(catalogue));
    }

    /** A document with the shared resources, styles and layouts (its own, if any, come after and win). */
    static Map<String, Object> merged(Map<String, Object> document, Map<String, Object> common) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            out.put(entry.getKey(), entry.getValue());
            if ("theme".equals(entry.getKey())) {
                for (String part : SHARED) {
                    out.put(part, common.get(part));
                }
            }
        }
        check(out.keySet().containsAll(SHARED), "an APL document has no theme to place the shared parts after");
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> drawings(StretchCatalogue catalogue) {
        Map<String, Object> file = read("/content/drawings.json");
        check(file.get("drawings") instanceof Map, "content/drawings.json has no drawings object");
        Map<String, Map<String, Object>> drawings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : ((Map<String, Object>) file.get("drawings")).entrySet()) {
            check(entry.getValue() instanceof Map<?, ?> avg && "AVG".equals(avg.get("type")),
                    "the drawing of " + entry.getKey() + " is not an AVG graphic");
            check(catalogue.stretch(entry.getKey()).isPresent(), "a drawing names no exercise: " + entry.getKey());
            drawings.put(entry.getKey(), (Map<String, Object>) entry.getValue());
        }
        for (Stretch stretch : catalogue.stretches()) {
            check(drawings.containsKey(stretch.id()), "no drawing of " + stretch.id() + " in content/drawings.json");
        }
        return drawings;
    }

    private static Map<String, Object> read(String path) {
        try (InputStream in = ScreenLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Screen file missing from the package: " + path);
            }
            return JSON.readValue(in, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("Screen file is not valid JSON: " + path, e);
        }
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException("Invalid screen content: " + problem);
        }
    }
}
