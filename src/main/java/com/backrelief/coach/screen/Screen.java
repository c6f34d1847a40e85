package com.backrelief.coach.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a screen shows beside one spoken answer: which layout, the words in it, the drawing of an
 * exercise's position, and touch buttons, each of which stands for something the person could say.
 * Immutable; text is escaped for APL's text markup when the screen becomes data ({@link #data()}).
 *
 * @param layout   which APL document shows it
 * @param title    the heading (an exercise's name, "Heat", the emergency number...)
 * @param subtitle one line under the heading
 * @param lines    a short list: the steps of an exercise, the choices, the cues of this block
 * @param notes    smaller print after the list: cautions, skin-safety rules
 * @param progress where the person is, such as "3 of 6"
 * @param dose     how much: "10 times", "hold for 20 seconds"
 * @param buttons  what can be touched, in order
 * @param drawing  the exercise whose drawing is shown, or null
 */
public record Screen(Layout layout, String title, String subtitle, List<String> lines, List<String> notes,
                     String progress, String dose, List<Button> buttons, String drawing) {

    /** The documents under {@code apl/} in the resources, one per layout. */
    public enum Layout {
        /** What the skill can do, each touchable. */
        WELCOME,
        /** A stretch explained: name, drawing, steps, cautions. */
        STRETCH,
        /** One step of a routine: name, drawing, cue, dose, progress and the coaching buttons. */
        STEP,
        /** Heat or ice: the choice, how long, skin safety, a timer button. */
        ADVICE,
        /** A red flag: the number to call (or what to do), large, and nothing else. */
        ALERT,
        /** Any other answer: a heading and what was said, in short. */
        MESSAGE;

        /** The document's name: {@code apl/<name>.json}. */
        public String document() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Something to touch.
     *
     * @param label  the words on it
     * @param action what it stands for, what a touch of it means (the handlers map it to an intent)
     */
    public record Button(String label, String action) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(action, "action");
        }
    }

    public Screen {
        Objects.requireNonNull(layout, "layout");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        progress = progress == null ? "" : progress;
        dose = dose == null ? "" : dose;
        buttons = List.copyOf(buttons);
    }

    public static Screen of(Layout layout, String title) {
        return new Screen(layout, title, "", List.of(), List.of(), "", "", List.of(), null);
    }

    public Screen subtitle(String text) {
        return new Screen(layout, title, text, lines, notes, progress, dose, buttons, drawing);
    }

    public Screen lines(List<String> list) {
        return new Screen(layout, title, subtitle, list, notes, progress, dose, buttons, drawing);
    }

    public Screen notes(List<String> list) {
        return new Screen(layout, title, subtitle, lines, list, progress, dose, buttons, drawing);
    }

    public Screen progress(String text) {
        return new Screen(layout, title, subtitle, lines, notes, text, dose, buttons, drawing);
    }

    public Screen dose(String text) {
        return new Screen(layout, title, subtitle, lines, notes, progress, text, buttons, drawing);
    }

    public Screen buttons(List<Button> list) {
        return new Screen(layout, title, subtitle, lines, notes, progress, dose, list, drawing);
    }

    public Screen button(String label, String action) {
        List<Button> more = new ArrayList<>(buttons);
        more.add(new Button(label, action));
        return buttons(more);
    }

    public Screen drawing(String exerciseId) {
        return new Screen(layout, title, subtitle, lines, notes, progress, dose, buttons, exerciseId);
    }

    /** The data source an APL document binds as {@code payload.screen}: strings escaped, nothing else evaluated. */
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("layout", layout.document());
        data.put("title", escape(title));
        data.put("subtitle", escape(subtitle));
        data.put("lines", lines.stream().map(Screen::escape).toList());
        data.put("notes", notes.stream().map(Screen::escape).toList());
        data.put("progress", escape(progress));
        data.put("dose", escape(dose));
        List<Map<String, Object>> touch = new ArrayList<>();
        for (Button button : buttons) {
            touch.add(Map.of("label", escape(button.label()), "action", button.action()));
        }
        data.put("buttons", Collections.unmodifiableList(touch));
        data.put("hasDrawing", drawing != null);
        data.put("titleIsNumber", title.matches("[0-9]{1,4}"));
        return Collections.unmodifiableMap(data);
    }


    /** Escapes what APL's text markup would read as markup or an entity. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A sentence-case heading: "cat cow" becomes "Cat cow". */
    public static String heading(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
