package com.backrelief.coach.domain.alexa;

/** Alexa's timers (the Timers API): the skill starts a named countdown that Alexa announces when it ends. */
public interface Timers {

    /** How starting a timer ended. */
    enum Outcome {
        CREATED,
        /** The person has not allowed timers (no token, or the API refused). */
        NOT_PERMITTED,
        /** Anything else: an error, no answer in time. */
        FAILED
    }

    /** Starts {@code timer}; never throws. */
    Outcome start(ApiAccess access, Timer timer);
}
