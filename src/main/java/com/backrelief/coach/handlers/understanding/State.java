package com.backrelief.coach.handlers.understanding;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.handlers.advice.AdviceState;
import com.backrelief.coach.handlers.safety.Confirmation;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;

import java.util.Map;

/**
 * Where the conversation is, as far as reading words needs it.
 *
 * @param inRoutine     a routine is being coached
 * @param adviceAsking  a heat-or-ice question waits for its answer
 * @param confirming    a question that confirms a red flag waits for its answer
 * @param checkingIn    "Does your back feel better, the same, or worse?" waits for its answer
 * @param adviceGiven   heat-or-ice advice was given earlier in the session
 */
record State(boolean inRoutine, boolean adviceAsking, boolean confirming, boolean checkingIn, boolean adviceGiven) {

    State(boolean inRoutine, boolean adviceAsking) {
        this(inRoutine, adviceAsking, false, false, false);
    }

    static State of(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return new State(false, false);
        }
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        return new State(session != null && session.get(ActiveRoutine.KEY) instanceof Map<?, ?>,
                AdviceState.questionPending(input), Confirmation.pending(input).isPresent(),
                ActiveRoutine.question(input).filter(ActiveRoutine.CHECK_IN_QUESTION::equals).isPresent(),
                AdviceState.adviceGiven(input));
    }
}
