package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Want the safety tips?" after heat-or-ice advice: yes or no answers it; anything else leaves the offer behind. */
public record OfferingTips() implements ConversationState {

    public static final String NAME = "offering-tips";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return meaning.isYesOrNo() ? Optional.of(Outcome.of(Outcome.Move.REPLY_TO_TIPS, meaning)) : Optional.empty();
    }
}
