package com.backrelief.coach.screen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The APL document of each layout, as read from the resources, and the drawing of each exercise. */
public final class Documents {

    /** The name a document's {@code VectorGraphic} gives the drawing it shows. */
    public static final String DRAWING = "pose";

    private final Map<Screen.Layout, Map<String, Object>> documents;
    private final Map<String, Map<String, Object>> drawings;

    public Documents(Map<Screen.Layout, Map<String, Object>> documents, Map<String, Map<String, Object>> drawings) {
        for (Screen.Layout layout : Screen.Layout.values()) {
            Objects.requireNonNull(documents.get(layout), () -> "No APL document for " + layout.document());
        }
        this.documents = Collections.unmodifiableMap(new EnumMap<>(documents));
        this.drawings = Map.copyOf(drawings);
    }

    /** The drawing of an exercise, an AVG graphic. */
    public boolean hasDrawing(String exerciseId) {
        return exerciseId != null && drawings.containsKey(exerciseId);
    }

    public Map<String, Map<String, Object>> drawings() {
        return drawings;
    }

    /** The document that shows this screen: its layout's, with the drawing it names as the document's one graphic. */
    public Map<String, Object> document(Screen screen) {
        Map<String, Object> document = documents.get(screen.layout());
        Map<String, Object> drawing = screen.drawing() == null ? null : drawings.get(screen.drawing());
        if (drawing == null) {
            return document;
        }
        Map<String, Object> withDrawing = new LinkedHashMap<>(document);
        withDrawing.put("graphics", Map.of(DRAWING, drawing));
        return Collections.unmodifiableMap(withDrawing);
    }
}
