package com.backrelief.coach.conversation;

import java.util.Optional;

/**
 * Where the conversation is: a closed set of named states. Each says, in its own small class, what a turn means
 * there ({@link #on}); what it leaves unsaid means what it means anywhere ({@link Coach}).
 */
public sealed interface ConversationState permits Open, ConfirmingFlag, Interviewing, Offer, RoutineQuestion {

    /** The state's name, as the session record stores it and the logs show it. */
    String name();

    /** What this turn means in this state, or empty when it means what it means anywhere. */
    Optional<Outcome> on(Meaning meaning, ConversationRecord record);
}
