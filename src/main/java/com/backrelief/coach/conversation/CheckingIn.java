package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Does your back feel better, the same, or worse?": a bare yes or no asks for the word. */
public record CheckingIn() implements ConversationState {

    public static final String NAME = "checking-in";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_YES, meaning));
            case NO -> Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning));
            default -> Optional.empty();
        };
    }

    @Override
    public boolean isTheRoutines() {
        return true;
    }
}
