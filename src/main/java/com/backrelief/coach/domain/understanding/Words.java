package com.backrelief.coach.domain.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person said, as lower-case words without apostrophes ("can't" is "cant"), each with the
 * clause it belongs to: punctuation and words such as "but" start a new clause, so a "no" before
 * them does not deny what comes after.
 */
public final class Words {

    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "although", "though", "except",
            "yet", "whereas", "apart", "besides", "anyway", "plus", "also");

    private static final Pattern POSSESSIVE = Pattern.compile("\\b([a-z]+)'s\\b");
    private static final Set<String> KEEP_S = Set.of("it", "that", "there", "what", "he", "she", "let", "who", "here",
            "where", "how", "when");

    private final List<String> tokens;
    private final int[] clauses;

    private Words(List<String> tokens, int[] clauses) {
        this.tokens = tokens;
        this.clauses = clauses;
    }

    public static Words of(String text) {
        List<String> tokens = new ArrayList<>();
        List<Integer> clauseOf = new ArrayList<>();
        int clause = 0;
        String plain = (text == null ? "" : text).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        // "leg's" and "bladder's" are the leg and the bladder; "it's", "that's", "there's" stay one word.
        plain = POSSESSIVE.matcher(plain).replaceAll(match -> KEEP_S.contains(match.group(1)) ? match.group(1) + "s"
                : match.group(1)).replace("'", "");
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                String token = word.toString();
                word.setLength(0);
                if (CLAUSE_BREAKS.contains(token)) {
                    clause++;
                }
                tokens.add(token);
                clauseOf.add(clause);
            }
            if (c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == ':') {
                clause++;
            }
        }
        int[] clauses = clauseOf.stream().mapToInt(Integer::intValue).toArray();
        return new Words(List.copyOf(tokens), clauses);
    }

    public int size() {
        return tokens.size();
    }

    public String get(int index) {
        return tokens.get(index);
    }

    public int clause(int index) {
        return clauses[index];
    }

    public List<String> tokens() {
        return tokens;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(" ", tokens);
    }
}
