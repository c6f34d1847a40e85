package com.backrelief.coach.domain.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pattern that recognises an idea in free text, written in content files as groups joined by
 * {@code &}, each group alternatives joined by {@code |}: {@code "numb*|pins and needles & bum|groin"}.
 * Every group must be present, in any order; an alternative is one or more whole words, and a
 * trailing {@code *} lets the last word end in anything. {@code $name} stands for a named word list.
 */
public final class Cue {

    /** Where one alternative of one group was found: words {@code start} to {@code end}, exclusive. */
    public record Span(int start, int end) {
    }

    /** A match: where each group was found, and whether any of them is denied ("no numbness"). */
    public record Hit(List<Span> spans, boolean denied) {

        public int words() {
            return spans.stream().mapToInt(span -> span.end() - span.start()).sum();
        }
    }

    static final int MAX_ALTERNATIVES = 20_000;
    /** How far apart, in words, the groups of one match may be. */
    static final int WINDOW = 16;

    /** A group's alternatives, found by their first word; those whose first word has an ending (*) apart. */
    private record Group(Map<String, List<String[]>> byFirstWord, List<String[]> withEnding, List<String[]> all) {

        static Group of(List<String[]> alternatives) {
            Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
            List<String[]> withEnding = new ArrayList<>();
            for (String[] alternative : alternatives) {
                if (alternative[0].endsWith("*")) {
                    withEnding.add(alternative);
                } else {
                    byFirst.computeIfAbsent(alternative[0], word -> new ArrayList<>()).add(alternative);
                }
            }
            return new Group(byFirst, List.copyOf(withEnding), List.copyOf(alternatives));
        }

        /** Each alternative said at this word, by its span. */
        void at(Words words, int at, java.util.function.Consumer<Span> found) {
            for (String[] alternative : byFirstWord.getOrDefault(words.get(at), List.of())) {
                if (at + alternative.length <= words.size() && matchesAt(words, at, alternative)) {
                    found.accept(new Span(at, at + alternative.length));
                }
            }
            for (String[] alternative : withEnding) {
                if (at + alternative.length <= words.size() && matchesAt(words, at, alternative)) {
                    found.accept(new Span(at, at + alternative.length));
                }
            }
        }
    }

    private final String source;
    private final List<Group> groups;

    private Cue(String source, List<List<String[]>> groups) {
        this.source = source;
        this.groups = groups.stream().map(Group::of).toList();
    }

    /** Parses a pattern, expanding {@code $name} from the word lists (which may refer to each other). */
    public static Cue parse(String pattern, Map<String, String> lists) {
        List<List<String[]>> groups = new ArrayList<>();
        for (String group : pattern.split("&")) {
            List<String[]> alternatives = new ArrayList<>();
            expand(group, lists, alternatives, 0, pattern);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("Empty group in pattern '" + pattern + "'");
            }
            groups.add(alternatives);
        }
        return new Cue(pattern, List.copyOf(groups));
    }

    private static void expand(String group, Map<String, String> lists, List<String[]> into, int depth, String pattern) {
        if (depth > 8) {
            throw new IllegalArgumentException("Word lists refer to each other in a loop: " + pattern);
        }
        for (String alternative : group.split("\\|")) {
            String words = alternative.strip();
            if (words.isEmpty()) {
                continue;
            }
            if (words.startsWith("$") && !words.contains(" ")) {
                String list = lists.get(words.substring(1).replace("?", ""));
                if (list == null) {
                    throw new IllegalArgumentException("Unknown word list " + words + " in '" + pattern + "'");
                }
                expand(list, lists, into, depth + 1, pattern);
                if (words.endsWith("?")) {
                    throw new IllegalArgumentException("A group can't be optional: " + words + " in '" + pattern + "'");
                }
            } else {
                sequences(words, lists, into, depth, pattern);
            }
        }
    }

    /** "$cant really? $pee": every sequence of one alternative per list, with or without each word marked "?". */
    private static void sequences(String words, Map<String, String> lists, List<String[]> into, int depth, String pattern) {
        List<List<String[]>> slots = new ArrayList<>();
        for (String token : words.toLowerCase(Locale.ROOT).replace("'", "").split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean optional = token.endsWith("?");
            String plain = optional ? token.substring(0, token.length() - 1) : token;
            List<String[]> choices = new ArrayList<>();
            if (plain.startsWith("$")) {
                String list = lists.get(plain.substring(1));
                if (list == null) {
                    throw new IllegalArgumentException("Unknown word list " + plain + " in '" + pattern + "'");
                }
                expand(list, lists, choices, depth + 1, pattern);
            } else {
                choices.add(new String[] {plain});
            }
            if (optional) {
                choices.add(new String[0]);
            }
            slots.add(choices);
        }
        List<String[]> done = new ArrayList<>();
        done.add(new String[0]);
        for (List<String[]> choices : slots) {
            List<String[]> next = new ArrayList<>();
            for (String[] prefix : done) {
                for (String[] choice : choices) {
                    String[] joined = Arrays.copyOf(prefix, prefix.length + choice.length);
                    System.arraycopy(choice, 0, joined, prefix.length, choice.length);
                    next.add(joined);
                }
            }
            if (next.size() > MAX_ALTERNATIVES) {
                throw new IllegalArgumentException("Pattern expands to too many alternatives: '" + pattern + "'");
            }
            done = next;
        }
        done.stream().filter(sequence -> sequence.length > 0).forEach(into::add);
    }

    public int groupCount() {
        return groups.size();
    }

    /**
     * The best match in these words: every group found, a group preferring a place where it is not
     * denied; empty when a group is missing.
     */
    public Optional<Hit> find(Words words, Negation negation) {
        // Words that say something by denying ("never finish", "can't feel", "no feeling") are part of
        // what this cue recognises: they deny nothing else in the same match.
        boolean[] saying = new boolean[words.size()];
        List<List<Span>> found = new ArrayList<>();
        for (Group group : groups) {
            List<Span> spans = new ArrayList<>();
            for (int at = 0; at < words.size(); at++) {
                group.at(words, at, spans::add);
            }
            if (spans.isEmpty()) {
                return Optional.empty();
            }
            spans.forEach(span -> java.util.Arrays.fill(saying, span.start(), span.end(), true));
            found.add(spans);
        }
        List<Span> chosen = new ArrayList<>();
        boolean denied = false;
        for (List<Span> spans : found) {
            // Of the alternatives said, the longest: "make it harder" says more than "harder".
            Span plain = null;
            Span negated = null;
            for (Span span : spans) {
                if (!negation.denies(words, span, saying)) {
                    plain = longer(plain, span);
                } else {
                    negated = longer(negated, span);
                }
            }
            denied |= plain == null;
            chosen.add(plain != null ? plain : negated);
        }
        int first = chosen.stream().mapToInt(Span::start).min().orElse(0);
        int last = chosen.stream().mapToInt(Span::end).max().orElse(0);
        return last - first > WINDOW ? Optional.empty() : Optional.of(new Hit(List.copyOf(chosen), denied));
    }

    private static Span longer(Span best, Span found) {
        return best == null || found.end() - found.start() > best.end() - best.start() ? found : best;
    }

    private static boolean matchesAt(Words words, int at, String[] alternative) {
        for (int i = 0; i < alternative.length; i++) {
            String expected = alternative[i];
            String word = words.get(at + i);
            boolean match = expected.endsWith("*")
                    ? word.startsWith(expected.substring(0, expected.length() - 1))
                    : word.equals(expected);
            if (!match) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return source;
    }


}
