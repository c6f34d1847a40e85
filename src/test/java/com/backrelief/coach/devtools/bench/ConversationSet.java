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
import java.util.stream.Stream;

/**
 * The multi-turn conversation set: conversations written the way people talk, each turn with what
 * its answer must do, judged by meaning rather than wording (format: docs/conversations.md).
 *
 * <pre>
 * ## a name for the conversation          starts one (a new person, a fresh session, the fixed clock)
 * # a comment
 * you> words                               the person says this
 * expect> check check ...                  what the answer to the last `you>` must do
 * (session ends) / (session open)
 * &#64;later 2d / &#64;walk-away / &#64;locale en-GB
 * </pre>
 */
public final class ConversationSet {

    public static final Path DEFAULT = Path.of("src", "test", "resources", "conversations");

    /** The checks a turn can carry; each may be negated with a leading {@code !} (not says: and not:). */
    static final Set<String> KINDS = Set.of("tier", "advice", "does", "asks", "interview", "routine", "resumes",
            "reminder", "timer", "understood", "varies", "one-prompt", "says", "not", "ends", "open");

    /** One conversation: its file, name, the line of its name, and its steps in order. */
    public record Script(String file, String name, int line, List<Step> steps) {

        public long turns() {
            return steps.stream().filter(step -> step.kind() == Step.Kind.SAY).count();
        }
    }

    /** A line that does something: the person says words, or a directive (later, walk-away, locale). */
    public record Step(Kind kind, String text, int line, List<Check> checks) {

        public enum Kind { SAY, DIRECTIVE }
    }

    /** One expectation: {@code kind} and its argument; {@code negated} for {@code !kind}; a pattern for says/not. */
    public record Check(String kind, String value, boolean negated, Pattern pattern) {

        static Check parse(String token, String where) {
            boolean negated = token.startsWith("!");
            String spec = negated ? token.substring(1) : token;
            int colon = spec.indexOf(':');
            String kind = colon < 0 ? spec : spec.substring(0, colon);
            String value = colon < 0 ? "" : spec.substring(colon + 1).strip();
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException(where + ": unknown check '" + token + "'");
            }
            if (kind.equals("says") || kind.equals("not")) {
                if (negated || value.isEmpty()) {
                    throw new IllegalArgumentException(where + ": " + kind + ": takes a pattern and no '!'");
                }
                try {
                    return new Check(kind, value, false, Pattern.compile(value, Pattern.CASE_INSENSITIVE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(where + ": " + e.getDescription() + " in " + value, e);
                }
            }
            boolean needsValue = Set.of("tier", "advice", "does", "routine", "resumes", "reminder", "timer").contains(kind);
            if (needsValue == value.isEmpty()) {
                throw new IllegalArgumentException(where + ": '" + token + "' " + (needsValue ? "needs" : "takes no") + " value");
            }
            return new Check(kind, value.toLowerCase(Locale.ROOT), negated, null);
        }

        @Override
        public String toString() {
            return (negated ? "!" : "") + kind + (value.isEmpty() ? "" : ":" + value);
        }
    }

    private ConversationSet() {
    }

    /** Every {@code *.txt} file under a directory, or the file itself, sorted by name. */
    public static List<Path> files(Path where) {
        if (!Files.isDirectory(where)) {
            return List.of(where);
        }
        try (Stream<Path> listing = Files.list(where)) {
            return listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + where, e);
        }
    }

    public static List<Script> load(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the conversation set " + file, e);
        }
    }

    public static List<Script> parse(String file, List<String> lines) {
        List<Script> scripts = new ArrayList<>();
        String name = null;
        int nameLine = 0;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = file + ":" + (i + 1);
            if (line.startsWith("##")) {
                if (name != null) {
                    scripts.add(finish(file, name, nameLine, steps));
                }
                name = line.substring(2).strip();
                nameLine = i + 1;
                steps = new ArrayList<>();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a conversation needs a name after ##");
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (name == null) {
                throw new IllegalArgumentException(where + ": start a conversation with '## its name' first");
            }
            if (line.startsWith("you>")) {
                steps.add(new Step(Step.Kind.SAY, line.substring(4).strip(), i + 1, new ArrayList<>()));
            } else if (line.startsWith("@")) {
                steps.add(new Step(Step.Kind.DIRECTIVE, line.substring(1).strip(), i + 1, List.of()));
            } else {
                Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
                if (last == null || last.kind() != Step.Kind.SAY) {
                    throw new IllegalArgumentException(where + ": an expectation needs a `you>` line before it");
                }
                last.checks().addAll(checks(line, where));
            }
        }
        if (name != null) {
            scripts.add(finish(file, name, nameLine, steps));
        }
        return scripts;
    }

    private static Script finish(String file, String name, int line, List<Step> steps) {
        if (steps.stream().noneMatch(step -> step.kind() == Step.Kind.SAY)) {
            throw new IllegalArgumentException(file + ":" + line + ": conversation '" + name + "' says nothing");
        }
        return new Script(file, name, line, List.copyOf(steps));
    }

    /** The checks of one line: {@code expect> a b c}, where says: and not: take the rest of the line. */
    static List<Check> checks(String line, String where) {
        if (line.equals("(session ends)")) {
            return List.of(Check.parse("ends", where));
        }
        if (line.equals("(session open)")) {
            return List.of(Check.parse("open", where));
        }
        if (!line.startsWith("expect>")) {
            throw new IllegalArgumentException(where + ": cannot read this line: " + line);
        }
        List<Check> checks = new ArrayList<>();
        String rest = line.substring(7).strip();
        while (!rest.isEmpty()) {
            if (rest.startsWith("says:") || rest.startsWith("not:")) {
                checks.add(Check.parse(rest, where));
                break;
            }
            int space = rest.indexOf(' ');
            String token = space < 0 ? rest : rest.substring(0, space);
            checks.add(Check.parse(token, where));
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
        if (checks.isEmpty()) {
            throw new IllegalArgumentException(where + ": expect> needs at least one check");
        }
        return checks;
    }
}
