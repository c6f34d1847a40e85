package com.backrelief.coach.conversation;

import java.util.Objects;

/**
 * The conversation as the session holds it: where it is, and what was said earlier in the session that changes
 * what a turn means. The session codec reads it, each turn, from what each part of the conversation keeps.
 *
 * @param state              where the conversation is
 * @param routineInProgress  a routine is being coached (its step and place are the routine's own record)
 * @param sameDayFlag        a see-someone-today flag was reported this session: no exercise, no heat how-to
 * @param reminderJustSet    the last answer set or moved a reminder: "cancel" means that reminder
 */
public record ConversationRecord(ConversationState state, boolean routineInProgress, boolean sameDayFlag,
                                 boolean reminderJustSet) {

    public static final ConversationRecord NEW = new ConversationRecord(new Open(), false, false, false);

    public ConversationRecord {
        Objects.requireNonNull(state, "state");
    }
}
