package com.backrelief.coach.domain.stretching;

import java.util.Locale;

/**
 * How much time the coach leaves between cues. It stretches or shrinks the pauses for moving and
 * breathing; the length of a hold is the routine's dose and stays as written.
 */
public enum Pace {
    SLOW(1.5),
    NORMAL(1.0),
    FAST(0.75);

    private final double factor;

    Pace(double factor) {
        this.factor = factor;
    }

    /** A movement pause of {@code seconds} at this pace. */
    public double scale(double seconds) {
        return seconds * factor;
    }

    public Pace slower() {
        return this == FAST ? NORMAL : SLOW;
    }

    public Pace faster() {
        return this == SLOW ? NORMAL : FAST;
    }

    /** The pace named by {@code name}, ignoring case, or {@code fallback} for anything else. */
    public static Pace parse(String name, Pace fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
