package com.backrelief.coach.conversation;

import java.util.Optional;

/** "Shall I time it for you?" after heat-or-ice advice: yes or no answers it, and "never mind" declines it; anything else leaves the offer behind. */
public record OfferingTimer() implements ConversationState {

    public static final String NAME = "offering-timer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        // "never mind" here is the offer declined, the nearest thing in progress, not leaving the skill
        return meaning.isYesOrNo() || meaning.act() == Meaning.Act.CANCEL ? Optional.of(Outcome.of(Outcome.Move.REPLY_TO_TIMER, meaning)) : Optional.empty();
    }
}
