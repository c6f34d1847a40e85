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

    private final String version;

    public Documents(Map<Screen.Layout, Map<String, Object>> documents, Map<String, Map<String, Object>> drawings) {
        String first = null;
        for (Screen.Layout layout : Screen.Layout.values()) {
            Map<String, Object> document = Objects.requireNonNull(documents.get(layout),
                    () -> "No APL document for " + layout.document());
            String version = String.valueOf(document.get("version"));
            if (first != null && !first.equals(version)) {
                throw new IllegalArgumentException("The APL documents must share one version: " + first + " and " + version);
            }
            first = version;
        }
        this.version = first;
        this.documents = Collections.unmodifiableMap(new EnumMap<>(documents));
        this.drawings = Map.copyOf(drawings);
    }

    /** Whether a device whose APL runtime goes up to {@code maxVersion} ("1.9", "2024.2") renders these documents. */
    public boolean renderableUpTo(String maxVersion) {
        if (maxVersion == null || maxVersion.isBlank()) {
            return true;
        }
        try {
            return compare(maxVersion.strip(), version) >= 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int x = i < left.length ? Integer.parseInt(left[i]) : 0;
            int y = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
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
