package com.backrelief.coach.conversation;

import java.util.Optional;

/** No question stands: every turn means what it means anywhere. */
public record Open() implements ConversationState {

    public static final String NAME = "open";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return Optional.empty();
    }
}
