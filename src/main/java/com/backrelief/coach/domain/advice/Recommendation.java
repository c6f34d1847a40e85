package com.backrelief.coach.domain.advice;

/** What the coach recommends. */
public enum Recommendation {
    HEAT,
    COLD,
    /** Heat or cold, by preference. */
    EITHER,
    /** Neither is safe: gentle movement, and check with a doctor. */
    NEITHER,
    /** No heat or ice advice: the person needs to be seen (rules R0 and R1). */
    URGENT_CARE
}
