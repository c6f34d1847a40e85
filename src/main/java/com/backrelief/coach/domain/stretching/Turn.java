package com.backrelief.coach.domain.stretching;

import java.util.Optional;

/**
 * The result of one coaching command: the session as it now stands, and what to say.
 *
 * @param state the session after the command, or null once the routine is finished
 * @param cue   what to say
 */
public record Turn(StretchSession state, Cue cue) {

    /** The session, unless this turn finished the routine. */
    public Optional<StretchSession> ongoing() {
        return Optional.ofNullable(state);
    }

    public boolean finished() {
        return state == null;
    }
}
