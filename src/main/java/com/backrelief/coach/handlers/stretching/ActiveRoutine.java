package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.backrelief.coach.domain.stretching.StretchSession;
import com.backrelief.coach.handlers.common.UserProgress;

import com.backrelief.coach.speech.Speech;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The routine being coached in this session, kept in the session attribute {@value #KEY}. Every
 * change of place is mirrored into {@link UserProgress}, so whenever the session ends (stop,
 * silence, an error) the place is already saved. Other capabilities (such as safety) use
 * {@link #read}, {@link #record} and {@link #end} to pause or end coaching.
 */
public final class ActiveRoutine {

    public static final String KEY = "routine";

    private ActiveRoutine() {
    }

    public static Optional<StretchSession> read(HandlerInput input, StretchCatalogue catalogue) {
        return StretchSessionCodec.fromMap(SessionAttributes.of(input).get(KEY), catalogue);
    }

    /** Keeps the session for the next request, and the place for the next visit; the pace stays as it is. */
    public static void record(HandlerInput input, StretchSession session, Instant now) {
        record(input, session, now, false);
    }

    /**
     * Keeps the session for the next request, and the place for the next visit; the pace too when this
     * turn changed it (a routine begun before another device changed the pace does not undo that).
     */
    public static void record(HandlerInput input, StretchSession session, Instant now, boolean paceChanged) {
        SessionAttributes.of(input).put(KEY, StretchSessionCodec.toMap(session));
        UserProgress.of(input).update(progress -> {
            var reached = progress.reached(session.routineId(), session.step(), now);
            return paceChanged ? reached.withPace(session.pace()) : reached;
        });
    }

    /** The routine is over for this session (finished, or ended by something more important). */
    /**
     * After an answer about something else in the middle of a routine: the question that offers to
     * carry on (yes moves on, no pauses), or empty when no routine is being coached.
     */
    /** After an aside in a routine, the routine's own question, asked plainly: yes carries on where it was. */
    static final Speech CARRY_ON = Speech.of("Shall we carry on with the routine?");

    public static Optional<Speech> offerToCarryOn(HandlerInput input) {
        if (!(SessionAttributes.of(input).get(KEY) instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        PendingQuestion.ask(input, PendingQuestion.CARRY_ON);
        return Optional.of(CARRY_ON);
    }

    /** The coach offered to start or pick up a routine, and waits for yes or no. */
    public static boolean offerPending(HandlerInput input) {
        return PendingQuestion.is(input, PendingQuestion.OFFER);
    }

    /** Forgets an offer to start or pick up a routine. */
    public static void dropOffer(HandlerInput input) {
        if (offerPending(input)) {
            PendingQuestion.clear(input);
        }
    }

    /** A routine is being coached (paused or not). */
    public static boolean inProgress(HandlerInput input) {
        return SessionAttributes.of(input).get(KEY) instanceof Map<?, ?>;
    }

    /** The name in the session of "Does your back feel better, the same, or worse?" after a routine. */
    public static final String CHECK_IN_QUESTION = PendingQuestion.CHECK_IN;

    /** The coach's own question waiting for its answer, by its name in the session ("routine-continue"...). */
    public static Optional<String> question(HandlerInput input) {
        return SessionAttributes.of(input).get(PendingQuestion.KEY) instanceof String question
                ? Optional.of(question) : Optional.empty();
    }

    public static void end(HandlerInput input) {
        SessionAttributes.of(input).remove(KEY);
    }
}
