package com.backrelief.coach.devtools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A set of phrasings written the way people talk, each with what the answer must do:
 * {@code area<TAB>context<TAB>utterance<TAB>expect} per line, {@code #} for comments.
 */
public final class DevSet {

    public static final Path DEFAULT = Path.of("src", "test", "resources", "understanding", "dev-set.tsv");

    static final Set<String> AREAS = Set.of("emergency", "pregnancy", "urgent", "soon", "denial", "not-alarm", "advice",
            "question", "stretch", "routine", "command", "smalltalk");
    static final Set<String> CONTEXTS = Set.of("start", "routine", "advice", "asked");

    /** One phrasing: where it is said, and what must come of it. */
    public record Case(String area, String context, String utterance, Expectation expect, String where) {
    }

    /** What the answer must do: {@code kind} is tier, no-alarm, advice, says or does; {@code value} its argument. */
    public record Expectation(String kind, String value, Pattern says) {

        static Expectation parse(String text, String where) {
            String spec = text.strip();
            if (spec.startsWith("no-alarm")) {
                return new Expectation("no-alarm", "", null);
            }
            int colon = spec.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": unknown expectation '" + spec + "'");
            }
            String kind = spec.substring(0, colon);
            String value = spec.substring(colon + 1).strip();
            switch (kind) {
                case "tier", "advice", "does" -> {
                    return new Expectation(kind, value.toLowerCase(Locale.ROOT), null);
                }
                case "says" -> {
                    try {
                        return new Expectation(kind, value, Pattern.compile(value, Pattern.CASE_INSENSITIVE));
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException(where + ": " + e.getDescription() + " in " + value, e);
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown expectation '" + spec + "'");
            }
        }

        @Override
        public String toString() {
            return kind.equals("no-alarm") ? kind : kind + ":" + value;
        }
    }

    private DevSet() {
    }

    public static List<Case> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the phrasing set " + file, e);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file.getFileName() + ":" + (i + 1);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalArgumentException(where + ": needs 4 tab-separated fields, has " + fields.length);
            }
            String area = fields[0].strip();
            String context = fields[1].strip();
            if (!AREAS.contains(area) || !CONTEXTS.contains(context)) {
                throw new IllegalArgumentException(where + ": unknown area or context: " + area + ", " + context);
            }
            cases.add(new Case(area, context, fields[2].strip(), Expectation.parse(fields[3], where), where));
        }
        return cases;
    }
}
