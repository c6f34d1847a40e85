package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * The heat-or-ice interview waits for an answer ("When did this pain start?"): yes, no, a denial or pain words
 * answer it; "cancel" ends the interview, not the skill. A question asked instead is answered by its request, and
 * the interview's question is asked again.
 */
public record Interviewing() implements ConversationState {

    public static final String NAME = "interviewing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Outcome> on(Meaning meaning, ConversationRecord record) {
        return switch (meaning.act()) {
            case YES, NO, DENIAL, EXERCISE_PAIN -> Optional.of(Outcome.of(Outcome.Move.ANSWER_INTERVIEW, meaning));
            case CANCEL -> Optional.of(Outcome.of(Outcome.Move.CANCEL_INTERVIEW, meaning));
            default -> Optional.empty();
        };
    }
}
