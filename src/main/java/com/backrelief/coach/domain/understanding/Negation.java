package com.backrelief.coach.domain.understanding;

import java.util.Set;

/**
 * Whether words are said to be absent, in the style of NegEx: a negating word ("no", "not",
 * "without", "don't"...) up to a few words before them, in the same clause. A "no" that answers a
 * question ("no, I think I wet myself", "no my legs went numb") negates nothing, and neither does a
 * negating word that is part of the words themselves ("no feeling", "can't feel").
 */
public final class Negation {

    static final int WINDOW = 4;

    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "none", "nothing", "nor",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt",
            "wont", "aint", "nope", "zero", "denies");
    /**
     * After "nothing" or "none" said as an object, these start a new clause: "it's like I'm sitting on nothing, I
     * can't feel the seat" denies nothing that follows.
     */
    private static final Set<String> SUBJECT = Set.of("i", "im", "ive", "my", "its", "theyre");
    /** After these, a "no" is an answer to a question, not part of what follows. */
    private static final Set<String> AFTER_AN_ANSWER = Set.of("i", "im", "ive", "id", "my", "it", "its", "the", "that",
            "thats", "they", "we", "you", "he", "she", "there", "theres", "actually", "wait", "well", "yes", "yeah");

    /**
     * "I didn't realise I'd wet myself", "I don't know when I need to pee": the "not" is about knowing or
     * noticing, and what follows is said to have happened.
     */
    private static final Set<String> KNOWING = Set.of("realise", "realize", "realised", "realized", "notice", "noticed",
            "know", "knew", "expect", "expected", "mean", "meant");
    /** After a knowing word, these start what was known ("that I'd", "when I"); "any" would deny instead. */
    private static final Set<String> CLAUSE = Set.of("i", "id", "ive", "im", "that", "when", "until", "how", "if",
            "myself", "it", "its", "till", "what");

    private static boolean aboutKnowing(Words words, int negator) {
        for (int at = negator + 1; at < Math.min(words.size() - 1, negator + 3); at++) {
            if (KNOWING.contains(words.get(at))) {
                return CLAUSE.contains(words.get(at + 1));
            }
            if (!Set.of("even", "really", "actually", "quite", "i", "always").contains(words.get(at))) {
                return false;
            }
        }
        return false;
    }

    /** Said after the words, these deny them: "my legs are fine". */
    private static final Set<String> FINE = Set.of("fine", "ok", "okay", "alright", "normal", "good", "unaffected");

    public boolean denies(Words words, Cue.Span span) {
        return denies(words, span, new boolean[words.size()]);
    }

    /** @param saying words that belong to what is recognised, so deny nothing (one flag per word) */
    public boolean denies(Words words, Cue.Span span, boolean[] saying) {
        for (int at = span.end(); at < Math.min(words.size(), span.end() + 3); at++) {
            if (words.clause(at) != words.clause(span.start())) {
                break;
            }
            // "my legs are fine" denies; "is that normal" asks, and "not fine" says the opposite.
            boolean asked = at > 0 && Set.of("that", "this", "it").contains(words.get(at - 1));
            if (FINE.contains(words.get(at)) && !(at > 0 && words.get(at - 1).equals("not")) && !asked) {
                return true;
            }
        }
        if (NEGATORS.contains(words.get(span.start()))) {
            // The phrase says its own "no" ("nothing down my legs"): a "no" before it is another denial
            // ("no injury and nothing down my legs", "for no reason, nothing down my legs"), not a double negative.
            return false;
        }
        int from = Math.max(0, span.start() - WINDOW);
        for (int at = span.start() - 1; at >= from; at--) {
            if (words.clause(at) != words.clause(span.start())) {
                return false;
            }
            String word = words.get(at);
            // "out of breath doing nothing": idle, not a denial.
            boolean idle = word.equals("nothing") && at > 0 && Set.of("doing", "done", "did").contains(words.get(at - 1));
            if (NEGATORS.contains(word) && !saying[at] && !idle && !aboutKnowing(words, at)) {
                boolean answer = (word.equals("no") || word.equals("nope")) && at + 1 < words.size()
                        && AFTER_AN_ANSWER.contains(words.get(at + 1)) && at + 1 < span.start();
                boolean objectBefore = (word.equals("nothing") || word.equals("none")) && at + 1 < span.start()
                        && SUBJECT.contains(words.get(at + 1));
                return !answer && !objectBefore;
            }
        }
        return false;
    }
}
