package com.backrelief.coach.domain.advice;

/**
 * The coach's answer to "heat or ice?".
 *
 * @param recommendation    what to use
 * @param pack              the one to start with, or null (neither, urgent care, or either with no lean)
 * @param use               how long and how often, or null when nothing should be put on the back
 * @param rule              the fact sheet's rule that decided it (R0 to R13, R99)
 * @param rationaleKey      which one-sentence reason to give
 * @param followsPreference true when the pack is the person's own choice among equals
 * @param upperBack         true when the pain is in the upper back, which carries a guard (fact sheet 0 #15)
 */
public record Advice(Recommendation recommendation, Pack pack, PackUse use, String rule, String rationaleKey,
                     boolean followsPreference, boolean upperBack) {

    /** True when the answer is a heat or cold suggestion, so timing, skin safety and a timer apply. */
    public boolean suggestsAPack() {
        return use != null;
    }
}
