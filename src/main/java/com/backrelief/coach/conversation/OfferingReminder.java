package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Shall I remind you every day?": yes or no answers it; anything else leaves the offer behind. */
public record OfferingReminder() implements ConversationState {

    public static final String NAME = "offering-reminder";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return meaning.isYesOrNo() ? Optional.of(Outcome.of(Outcome.Move.REPLY_TO_REMINDER, meaning)) : Optional.empty();
    }
}
