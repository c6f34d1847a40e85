package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * "Shall we carry on with the routine?" after an aside in a routine (the stretch list, a question, a reminder):
 * yes, or "carry on", picks up the exercise the aside interrupted (it may not have been finished; it is named as
 * it starts); no pauses; "next" moves on, as it says.
 */
public record ReturningToRoutine() implements RoutineQuestion {

    public static final String NAME = "returning-to-routine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        // "okay, carry on", "let's keep going", "continue": a yes to the question standing
        return carryOnIsYes(meaning);
    }
}
