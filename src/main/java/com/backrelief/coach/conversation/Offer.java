package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * An offer waiting for its answer: yes or no answers it, and "never mind" declines it (the nearest thing in
 * progress, not leaving the skill); anything else leaves the offer behind.
 */
public sealed interface Offer extends ConversationState permits OfferingTips, OfferingTimer, OfferingReminder,
        OfferingStretchDetails {

    /** The move that answers this offer. */
    Outcome.Move reply();

    @Override
    default Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return meaning.isYesOrNo() || meaning.act() == Meaning.Act.CANCEL
                ? Optional.of(Outcome.of(reply(), meaning)) : Optional.empty();
    }
}
