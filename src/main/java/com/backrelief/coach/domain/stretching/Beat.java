package com.backrelief.coach.domain.stretching;

/** One moment of coaching within a {@link Block}: a line and its silence, a count, or a change of side. */
public sealed interface Beat {

    /** How to get into position, said once at the start of an exercise, then time to settle. */
    record Setup(String say, double pauseSeconds) implements Beat {
    }

    /** One phase of a repetition and the silence after it. */
    record Line(String say, double pauseSeconds) implements Beat {
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
