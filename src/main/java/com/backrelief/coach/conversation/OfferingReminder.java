package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Shall I remind you every day?": yes or no answers it, and "never mind" declines it; anything else leaves the offer behind. */
public record OfferingReminder() implements ConversationState {

    public static final String NAME = "offering-reminder";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        // "never mind" here is the offer declined, the nearest thing in progress, not leaving the skill
        return meaning.isYesOrNo() || meaning.act() == Meaning.Act.CANCEL ? Optional.of(Outcome.of(Outcome.Move.REPLY_TO_REMINDER, meaning)) : Optional.empty();
    }
}
