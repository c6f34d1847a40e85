package com.backrelief.coach.ask;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.conversation.CheckingIn;
import com.backrelief.coach.conversation.CoachingStep;
import com.backrelief.coach.conversation.ConfirmingFlag;
import com.backrelief.coach.conversation.ConversationRecord;
import com.backrelief.coach.conversation.ConversationState;
import com.backrelief.coach.conversation.Interviewing;
import com.backrelief.coach.conversation.OfferingReminder;
import com.backrelief.coach.conversation.OfferingRoutine;
import com.backrelief.coach.conversation.OfferingStretchDetails;
import com.backrelief.coach.conversation.OfferingTimer;
import com.backrelief.coach.conversation.OfferingTips;
import com.backrelief.coach.conversation.Open;
import com.backrelief.coach.conversation.Paused;
import com.backrelief.coach.conversation.ReturningToRoutine;
import com.backrelief.coach.conversation.StoppedForPain;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.handlers.advice.AdviceState;
import com.backrelief.coach.handlers.reminders.ReminderState;
import com.backrelief.coach.handlers.safety.Confirmation;
import com.backrelief.coach.handlers.safety.SafetyState;
import com.backrelief.coach.handlers.stretching.ActiveRoutine;

import java.util.Map;
import java.util.Optional;

/**
 * The one codec between the session's attributes and the {@link ConversationRecord}: it reads the record, each turn,
 * from what each part of the conversation keeps in the session, so nothing is stored twice and a session begun
 * before the record existed reads the same.
 *
 * <p>Where two questions stand at once (an answer with an offer left over from before), the more pressing one is
 * the state: confirming a red flag, then the interview's question, then an offer made about the advice just given,
 * then the reminder's, then the routine's own question.
 */
public final class SessionCodec {

    private static final Map<String, ConversationState> ROUTINE_QUESTIONS = Map.of(
            "routine-continue", new CoachingStep(),
            "routine-carry-on", new ReturningToRoutine(),
            "routine-paused", new Paused(),
            "routine-stopped", new StoppedForPain(),
            "routine-offer", new OfferingRoutine(),
            ActiveRoutine.CHECK_IN_QUESTION, new CheckingIn(),
            "stretch-details", new OfferingStretchDetails());

    private SessionCodec() {
    }

    /** The conversation as this request's session holds it; a request without a session is a new conversation. */
    public static ConversationRecord read(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return ConversationRecord.NEW;
        }
        return new ConversationRecord(state(input), ActiveRoutine.inProgress(input),
                SafetyState.reportedTier(input).filter(tier -> tier == Tier.URGENT).isPresent(),
                ReminderState.justSet(input));
    }

    private static ConversationState state(HandlerInput input) {
        Optional<String> confirming = Confirmation.pending(input);
        if (confirming.isPresent()) {
            return new ConfirmingFlag(confirming.get());
        }
        if (AdviceState.questionPending(input)) {
            return new Interviewing();
        }
        if (AdviceState.tipsOffered(input)) {
            return new OfferingTips();
        }
        if (AdviceState.timerOffered(input)) {
            return new OfferingTimer();
        }
        if (ReminderState.offered(input)) {
            return new OfferingReminder();
        }
        return ActiveRoutine.question(input).map(ROUTINE_QUESTIONS::get).orElse(new Open());
    }
}
