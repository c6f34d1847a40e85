package com.backrelief.coach.domain.stretching;

/**
 * One moment of coaching within a {@link Block}: a line and its silence, a count, a change of side, or
 * a sound that marks a set.
 */
public sealed interface Beat {

    /** How to get into position, said once at the start of an exercise, then time to settle. */
    record Setup(String say, double pauseSeconds) implements Beat {
    }

    /**
     * One phase of a repetition and the silence after it.
     *
     * @param held true for a long hold (or a timed movement such as walking), whose start and end a
     *             sound marks
     */
    record Line(String say, double pauseSeconds, boolean held) implements Beat {

        public Line(String say, double pauseSeconds) {
            this(say, pauseSeconds, false);
        }
    }

    /** A sound that marks where a set starts or ends. */
    record Sound(SoundCue cue) implements Beat {
    }

    /** A repetition is done: {@code done} of {@code of} (on this side, for a two-sided exercise). */
    record Count(int done, int of) implements Beat {
    }

    /** An alternating exercise: the same movement again on the other side. */
    record OtherSide() implements Beat {
    }

    /** A two-sided exercise: the first side is done, change to the other, with time to settle. */
    record SwitchSides(double pauseSeconds) implements Beat {
    }
}
