package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Pick up where you left off?" or "Start it from the beginning?": yes starts, no offers the beginning or moves on. */
public record OfferingRoutine() implements ConversationState {

    public static final String NAME = "offering-routine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO, CANCEL -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isTheRoutines() {
        return true;
    }
}
