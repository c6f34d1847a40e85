package com.backrelief.coach.domain.stretching;

/**
 * The result of one coaching command: the session as it now stands, and what to say.
 *
 * @param state the session after the command, or null once the routine is finished
 * @param cue   what to say
 */
public record Turn(StretchSession state, Cue cue) {

    public boolean finished() {
        return state == null;
    }
}
