package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * "Shall we carry on with the routine?" after an aside in a routine (the stretch list, a question, a reminder):
 * yes, or "carry on", picks up the exercise the aside interrupted; no pauses; "next" said as such moves on.
 */
public record ReturningToRoutine() implements ConversationState {

    public static final String NAME = "returning-to-routine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            // "okay, carry on", "let's keep going": the words of carrying on are a yes here, not "next"
            case EXERCISE -> meaning.reading().asks().contains("resume")
                    ? Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isTheRoutines() {
        return true;
    }
}
