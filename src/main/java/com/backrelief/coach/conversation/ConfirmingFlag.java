package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * "Did you mean ...?" about a phrase that may be a red flag: yes or no answers it (the safety rules take it first,
 * {@link Coach}); anything else leaves the question behind.
 *
 * @param flag the red flag being confirmed
 */
public record ConfirmingFlag(String flag) implements ConversationState {

    public static final String NAME = "confirming-flag";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return meaning.isYesOrNo() ? Optional.of(Outcome.of(Outcome.Move.CONFIRM_FLAG, meaning)) : Optional.empty();
    }
}
