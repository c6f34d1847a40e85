package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Skip this one, try an easier version, or stop for today?" after pain: yes asks which (never carries on unasked), no stops for today. */
public record StoppedForPain() implements ConversationState {

    public static final String NAME = "stopped-for-pain";

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
