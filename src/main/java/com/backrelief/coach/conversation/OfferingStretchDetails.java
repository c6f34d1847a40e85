package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Want to hear how much to do, and when to stop?" after a stretch explained: yes or no answers it, and "never mind" declines it; anything else leaves the offer behind. */
public record OfferingStretchDetails() implements ConversationState {

    public static final String NAME = "offering-stretch-details";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        // "never mind" here is the offer declined, the nearest thing in progress, not leaving the skill
        return meaning.isYesOrNo() || meaning.act() == Meaning.Act.CANCEL ? Optional.of(Outcome.of(Outcome.Move.REPLY_TO_STRETCH_DETAILS, meaning)) : Optional.empty();
    }
}
