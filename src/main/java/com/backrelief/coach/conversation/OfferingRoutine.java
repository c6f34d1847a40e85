package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * "Pick up where you left off?" or "Start it from the beginning?": yes starts, no (or "never mind") offers the
 * beginning or moves on.
 */
public record OfferingRoutine() implements RoutineQuestion {

    public static final String NAME = "offering-routine";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return meaning.act() == Meaning.Act.CANCEL ? Optional.of(Outcome.of(Outcome.Move.ROUTINE_NO, meaning))
                : RoutineQuestion.super.on(meaning, record);
    }
}
