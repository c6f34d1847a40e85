package com.backrelief.coach.conversation;

import java.util.Optional;

/** The routine's own question waiting: yes and no are the routine's to answer, whichever question it asked. */
public sealed interface RoutineQuestion extends ConversationState permits CoachingStep, ReturningToRoutine, Paused,
        StoppedForPain, OfferingRoutine, CheckingIn {

    @Override
    default Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return yesOrNo(meaning);
    }

    /** The same, with "carry on", "continue" or "keep going" (Alexa's resume) a yes too. */
    default Optional<Outcome> carryOnIsYes(Meaning meaning) {
        return meaning.request().equals(Meaning.CARRY_ON) ? Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning))
                : yesOrNo(meaning);
    }

    private static Optional<Outcome> yesOrNo(Meaning meaning) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            default -> Optional.empty();
        };
    }
}
