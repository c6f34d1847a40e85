package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * "Shall we carry on with the routine?" after an aside in a routine (the stretch list, a question, a reminder):
 * yes, or "carry on", picks up the exercise the aside interrupted (it may not have been finished; it is named as
 * it starts); no pauses; "next" moves on, as it says.
 */
public record ReturningToRoutine() implements ConversationState {

    public static final String NAME = "returning-to-routine";

    private static final String CARRY_ON = "AMAZON.ResumeIntent";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            // "okay, carry on", "let's keep going", "continue": a yes to the question standing
            case EXERCISE -> CARRY_ON.equals(meaning.request()) ? Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isTheRoutines() {
        return true;
    }
}
