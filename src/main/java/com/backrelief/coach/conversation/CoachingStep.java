package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Ready for the next one?" in a routine: yes, or "carry on", moves on; no pauses. */
public record CoachingStep() implements ConversationState {

    public static final String NAME = "coaching-step";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            // "carry on", "continue", "keep going": a yes to "Ready for the next one?", not the same step again
            case EXERCISE -> "AMAZON.ResumeIntent".equals(meaning.request())
                    ? Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isTheRoutines() {
        return true;
    }
}
