package com.backrelief.coach.conversation;

import com.backrelief.coach.conversation.Meaning.Act;
import com.backrelief.coach.conversation.Outcome.Move;

import java.util.Optional;

/**
 * The conversation's one decision: from where it is and what a turn means, what the turn is. Three steps, in order:
 * the safety rules, the same in every state; what the state says the turn means there; what it means anywhere.
 * Nothing here depends on the order anything is tried in.
 */
public final class Coach {

    private Coach() {
    }

    public static Outcome turn(ConversationRecord record, Meaning meaning) {
        return safetyFirst(record, meaning)
                .or(() -> record.state().on(meaning, record))
                .orElseGet(() -> anywhere(record, meaning));
    }

    /** Safety before anything else, in every state. */
    static Optional<Outcome> safetyFirst(ConversationRecord record, Meaning meaning) {
        Act act = meaning.act();
        if (act == Act.FLAG) {
            return Optional.of(Outcome.of(Move.ALERT, meaning));
        }
        if (act == Act.CONFIRM || meaning.isYesOrNo() && record.state() instanceof ConfirmingFlag) {
            return Optional.of(Outcome.of(Move.CONFIRM_FLAG, meaning));
        }
        if (act == Act.EXERCISE_PAIN && record.routineInProgress()) {
            return Optional.of(Outcome.of(Move.STOP_FOR_PAIN, meaning));
        }
        if (record.sameDayFlag()
                && (act == Act.EXERCISE || act == Act.HEAT_HOW_TO || act == Act.YES && record.state() instanceof OfferingRoutine)) {
            return Optional.of(Outcome.of(Move.HOLD_FOR_SAME_DAY, meaning));
        }
        return Optional.empty();
    }

    /** What a turn means when its state says nothing of it. */
    static Outcome anywhere(ConversationRecord record, Meaning meaning) {
        return switch (meaning.act()) {
            case YES -> Outcome.of(Move.PLAIN_YES, meaning);
            case NO -> Outcome.of(Move.PLAIN_NO, meaning);
            case CANCEL -> Outcome.of(record.reminderJustSet() ? Move.CANCEL_NEW_REMINDER : Move.LEAVE, meaning);
            case STOP -> Outcome.of(Move.LEAVE, meaning);
            case FEELS_BETTER_OR_SAME -> Outcome.of(Move.CHECK_IN, meaning);
            case FEELS_WORSE -> Outcome.of(record.routineInProgress() || record.state() instanceof CheckingIn
                    ? Move.CHECK_IN : Move.WORSENING, meaning);
            default -> Outcome.answer(meaning);
        };
    }
}
