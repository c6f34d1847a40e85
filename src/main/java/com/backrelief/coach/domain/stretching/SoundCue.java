package com.backrelief.coach.domain.stretching;

/**
 * A moment of a routine marked by a short sound, so a person lying on the floor hears a set or a
 * long hold begin and end without a word being said.
 */
public enum SoundCue {
    /** The first repetition of a set is about to start. */
    SET_START,
    /** The last repetition of a set is done. */
    SET_END,
    /** A long hold starts now. */
    HOLD_START,
    /** The hold is over: come out of it. */
    HOLD_END
}
