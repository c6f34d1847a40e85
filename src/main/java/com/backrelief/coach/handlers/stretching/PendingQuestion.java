package com.backrelief.coach.handlers.stretching;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The yes-or-no question the coach just asked, in the shared session attribute {@value #KEY}, so
 * "yes" and "no" are taken by the coach only when the question was the coach's.
 */
final class PendingQuestion {

    static final String KEY = "pending";
    /** "Shall we move on?": yes is next, no is pause. */
    static final String CONTINUE = "routine-continue";
    /** "Shall we carry on with the routine?" after an aside: yes picks up the exercise it interrupted, no pauses. */
    static final String CARRY_ON = "routine-carry-on";
    /** "Shall we carry on now?" while paused: yes is resume, no is goodbye. */
    static final String PAUSED = "routine-paused";
    /** "Skip this one, try an easier version, or stop for today?" after pain: yes asks which, no ends for today. */
    static final String STOPPED = "routine-stopped";
    /** "Pick up there?" or "Start it from the beginning?": the routine and step are in {@value #OFFER_KEY}. */
    static final String OFFER = "routine-offer";
    /** "Does your back feel better, the same, or worse?" */
    static final String CHECK_IN = "routine-check-in";
    static final String OFFER_KEY = "routineOffer";
    /** "Want to hear how much to do, and when to stop?" after a stretch explained: the stretch is in {@value #DETAILS_KEY}. */
    static final String DETAILS = "stretch-details";
    static final String DETAILS_KEY = "stretchDetails";

    private static final Set<String> OURS = Set.of(CONTINUE, CARRY_ON, PAUSED, STOPPED, OFFER, CHECK_IN);

    /**
     * An offer to coach a routine from a step.
     *
     * @param routineId the routine
     * @param step      the step to start from; above zero it picks up where the person stopped
     */
    record Offer(String routineId, int step) {
    }

    private PendingQuestion() {
    }

    static boolean is(HandlerInput input, String question) {
        return question.equals(SessionAttributes.of(input).get(KEY));
    }

    static boolean isOurs(HandlerInput input) {
        return SessionAttributes.of(input).get(KEY) instanceof String question && OURS.contains(question);
    }

    static void ask(HandlerInput input, String question) {
        Map<String, Object> attributes = SessionAttributes.of(input);
        attributes.remove(OFFER_KEY);
        attributes.put(KEY, question);
    }

    static void offer(HandlerInput input, String routineId, int step) {
        ask(input, OFFER);
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("routine", routineId);
        offer.put("step", step);
        SessionAttributes.of(input).put(OFFER_KEY, offer);
    }

    static Optional<Offer> offer(HandlerInput input) {
        if (SessionAttributes.of(input).get(OFFER_KEY) instanceof Map<?, ?> offer
                && offer.get("routine") instanceof String routine) {
            return Optional.of(new Offer(routine, offer.get("step") instanceof Number step ? step.intValue() : 0));
        }
        return Optional.empty();
    }

    /** The coach answered without a yes-or-no question: an earlier question no longer stands. */
    static void clear(HandlerInput input) {
        SessionAttributes.of(input).remove(KEY);
        SessionAttributes.of(input).remove(OFFER_KEY);
    }
}
