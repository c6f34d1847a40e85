package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Ready for the next one?" in a routine: yes, or "carry on", moves on; no pauses. */
public record CoachingStep() implements RoutineQuestion {

    public static final String NAME = "coaching-step";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        // "carry on", "continue", "keep going": a yes to "Ready for the next one?", not the same step again
        return carryOnIsYes(meaning);
    }
}
