package com.backrelief.coach.ask;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.conversation.ConversationRecord;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.conversation.OfferingRoutine;
import com.backrelief.coach.conversation.Outcome;
import com.backrelief.coach.conversation.Outcome.Move;
import com.backrelief.coach.handlers.advice.AdviceState;
import com.backrelief.coach.handlers.reminders.ReminderState;
import com.backrelief.coach.handlers.safety.Confirmation;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;

import java.util.Set;

/**
 * What a turn leaves behind, once the conversation has decided it: a question stands for its own answer only. Run
 * after the decision and before the answer, so the answer may ask a new question. An offer is answered by its reply
 * move ("never mind" included), not by whichever "yes" comes later.
 */
final class Forgetting {

    /**
     * Requests that leave the heat-or-ice interview waiting: its answers, asides that ask it again after them, and
     * Alexa's fallback (an answer not heard, asked for again).
     */
    private static final Set<String> INTERVIEW_GOES_ON = Set.of("HeatOrIceIntent", "SymptomDenialIntent",
            "ExercisePainIntent", "TopicIntent", "HeatIceFollowUpIntent", "AMAZON.HelpIntent", "AMAZON.CancelIntent",
            "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.FallbackIntent");

    private Forgetting() {
    }

    static void after(HandlerInput input, ConversationRecord record, Meaning meaning, Outcome outcome) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Move move = outcome.move();
        if (move != Move.CONFIRM_FLAG) {
            Confirmation.clear(input);
        }
        if (!INTERVIEW_GOES_ON.contains(meaning.request())) {
            AdviceState.forgetInterview(input);
        }
        if (move != Move.REPLY_TO_TIPS) {
            AdviceState.forgetTipsOffer(input);
        }
        if (move != Move.REPLY_TO_TIMER && !"SetTimerIntent".equals(meaning.request())) {
            AdviceState.forgetTimerOffer(input);
        }
        if (move != Move.REPLY_TO_REMINDER) {
            ReminderState.forgetOffer(input);
        }
        if (move != Move.CANCEL_NEW_REMINDER) {
            ReminderState.forgetJustSet(input);
        }
        boolean answersTheRoutineOffer = record.state() instanceof OfferingRoutine
                && (move == Move.ROUTINE_YES || move == Move.ROUTINE_NO || move == Move.HOLD_FOR_SAME_DAY);
        if (!answersTheRoutineOffer) {
            ActiveRoutine.dropOffer(input);
        }
    }
}
