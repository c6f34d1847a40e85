package com.backrelief.coach.devtools.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sample template of the voice model's source, expanded into the sample utterances it stands for.
 *
 * <ul>
 *   <li>{@code (a|b|c)}: one of the alternatives; an empty alternative, as in {@code (please|)}, makes the
 *       group optional. Groups nest.</li>
 *   <li>{@code <name>}: one of the alternatives of the phrase list {@code name}; those are templates too.</li>
 *   <li>{@code {slot}}: a slot of the intent, kept as it is.</li>
 * </ul>
 *
 * The expansion is the cartesian product, the leftmost choice varying slowest; runs of white space become
 * one space, the ends are trimmed, case is kept as written, and a repeated sample is dropped (the first stays).
 */
public final class Template {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private Template() {
    }

    /**
     * Every sample the template stands for.
     *
     * @param template the template
     * @param phrases  the phrase lists {@code <name>} may name
     * @param slots    the slots {@code {slot}} may name
     * @param limit    the most samples it may expand to
     * @throws ModelSourceException on a syntax error, an unknown phrase or slot, an empty sample, or too many samples
     */
    public static List<String> expand(String template, Map<String, List<String>> phrases, Set<String> slots, int limit) {
        Expansion expansion = new Expansion(template, phrases, slots, limit);
        List<String> raw = expansion.expand(template);
        Set<String> samples = new LinkedHashSet<>();
        for (String sample : raw) {
            String normal = WHITE.matcher(sample).replaceAll(" ").strip();
            if (normal.isEmpty()) {
                throw expansion.error("can expand to an empty sample");
            }
            samples.add(normal);
        }
        return new ArrayList<>(samples);
    }

    /** A parsed piece of a template: it stands for a list of texts. */
    private interface Node {
        List<String> texts(Expansion expansion);
    }

    private record Text(String text) implements Node {
        public List<String> texts(Expansion expansion) {
            return List.of(text);
        }
    }

    private record Choice(List<Node> alternatives) implements Node {
        public List<String> texts(Expansion expansion) {
            List<String> all = new ArrayList<>();
            for (Node alternative : alternatives) {
                all.addAll(alternative.texts(expansion));
                expansion.check(all.size());
            }
            return all;
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        public List<String> texts(Expansion expansion) {
            List<String> product = List.of("");
            for (Node part : parts) {
                List<String> choices = part.texts(expansion);
                expansion.check((long) product.size() * choices.size());
                List<String> next = new ArrayList<>(product.size() * choices.size());
                for (String prefix : product) {
                    for (String choice : choices) {
                        next.add(prefix + choice);
                    }
                }
                product = next;
            }
            return product;
        }
    }

    private record Phrase(String name) implements Node {
        public List<String> texts(Expansion expansion) {
            return expansion.phrase(name);
        }
    }

    /** One expansion: the context an error message names, and the phrases being expanded (to find cycles). */
    private static final class Expansion {
        private final String template;
        private final Map<String, List<String>> phrases;
        private final Set<String> slots;
        private final int limit;
        private final Deque<String> within = new ArrayDeque<>();

        Expansion(String template, Map<String, List<String>> phrases, Set<String> slots, int limit) {
            this.template = template;
            this.phrases = phrases;
            this.slots = slots;
            this.limit = limit;
        }

        List<String> expand(String text) {
            return new Parser(this, text).parse().texts(this);
        }

        List<String> phrase(String name) {
            List<String> alternatives = phrases.get(name);
            if (alternatives == null) {
                throw error("unknown phrase <" + name + ">");
            }
            if (within.contains(name)) {
                throw error("the phrase <" + name + "> refers to itself");
            }
            within.push(name);
            List<String> all = new ArrayList<>();
            for (String alternative : alternatives) {
                all.addAll(expand(alternative));
                check(all.size());
            }
            within.pop();
            return all;
        }

        void slot(String name) {
            if (!slots.contains(name)) {
                throw error("unknown slot {" + name + "}" + (slots.isEmpty() ? " (the intent has no slots)"
                        : " (the intent's slots: " + String.join(", ", slots) + ")"));
            }
        }

        void check(long count) {
            if (count > limit) {
                throw error("expands to more than " + limit + " samples");
            }
        }

        ModelSourceException error(String what) {
            String where = within.isEmpty() ? "" : " (in phrase <" + within.peek() + ">)";
            return new ModelSourceException("Template '" + template + "'" + where + ": " + what);
        }
    }

    /** Reads a template into nodes, with an error for each way it can be malformed. */
    private static final class Parser {
        private final Expansion expansion;
        private final String text;
        private int at;

        Parser(Expansion expansion, String text) {
            this.expansion = expansion;
            this.text = text;
        }

        Node parse() {
            Node sequence = sequence();
            if (at < text.length()) {
                char c = text.charAt(at);
                throw expansion.error(c == ')' ? "unbalanced parentheses: ')' at " + at + " closes nothing"
                        : "'|' at " + at + " is outside parentheses");
            }
            return sequence;
        }

        /** Parts up to the end or to a '|' or ')': in a group that ends an alternative, outside one it is an error. */
        private Node sequence() {
            List<Node> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '|' || c == ')') {
                    break;
                }
                if (c == '(' || c == '<' || c == '{') {
                    if (literal.length() > 0) {
                        parts.add(new Text(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(c == '(' ? group() : c == '<' ? phrase() : slot());
                } else if (c == '>' || c == '}') {
                    throw expansion.error("'" + c + "' at " + at + " closes nothing");
                } else {
                    literal.append(c);
                    at++;
                }
            }
            if (literal.length() > 0) {
                parts.add(new Text(literal.toString()));
            }
            return new Sequence(parts);
        }

        private Node group() {
            int open = at++;
            List<Node> alternatives = new ArrayList<>();
            while (true) {
                alternatives.add(sequence());
                if (at >= text.length()) {
                    throw expansion.error("unbalanced parentheses: '(' at " + open + " is never closed");
                }
                char c = text.charAt(at++);
                if (c == ')') {
                    return new Choice(alternatives);
                }
            }
        }

        private Node phrase() {
            String name = name('<', '>');
            return new Phrase(name);
        }

        private Node slot() {
            String name = name('{', '}');
            expansion.slot(name);
            return new Text("{" + name + "}");
        }

        private String name(char open, char close) {
            int start = at;
            int end = text.indexOf(close, start);
            if (end < 0) {
                throw expansion.error("'" + open + "' at " + start + " is never closed");
            }
            String name = text.substring(start + 1, end);
            if (!NAME.matcher(name).matches()) {
                throw expansion.error("'" + open + name + close + "' at " + start + " is not a name (letters, digits, _)");
            }
            at = end + 1;
            return name;
        }
    }
}
