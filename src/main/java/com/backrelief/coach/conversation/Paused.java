package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Shall we carry on now?" with the routine paused: yes resumes, no saves the place and says goodbye. */
public record Paused() implements ConversationState {

    public static final String NAME = "paused";

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
