package com.backrelief.coach.conversation;

import java.util.Objects;

/**
 * The conversation as the session holds it: where it is, and what was said earlier in the session that changes
 * what a turn means. Typed and versioned; the session codec reads it (from this shape or an older one) and writes it.
 *
 * @param version            the record's shape ({@link #VERSION} is written; older shapes are read)
 * @param state              where the conversation is
 * @param routineInProgress  a routine is being coached (its step and place are the routine's own record)
 * @param sameDayFlag        a see-someone-today flag was reported this session: no exercise, no heat how-to
 * @param reminderJustSet    the last answer set or moved a reminder: "cancel" means that reminder
 */
public record ConversationRecord(int version, ConversationState state, boolean routineInProgress, boolean sameDayFlag,
                                 boolean reminderJustSet) {

    /** The shape written today. Version 1 had no record: the state was read from separate session keys. */
    public static final int VERSION = 2;

    public static final ConversationRecord NEW = new ConversationRecord(VERSION, new Open(), false, false, false);

    public ConversationRecord {
        Objects.requireNonNull(state, "state");
    }

    public ConversationRecord in(ConversationState next) {
        return new ConversationRecord(version, next, routineInProgress, sameDayFlag, reminderJustSet);
    }

    public ConversationRecord withRoutine(boolean inProgress) {
        return new ConversationRecord(version, state, inProgress, sameDayFlag, reminderJustSet);
    }

    public ConversationRecord withSameDayFlag(boolean stands) {
        return new ConversationRecord(version, state, routineInProgress, stands, reminderJustSet);
    }

    public ConversationRecord withReminderJustSet(boolean justSet) {
        return new ConversationRecord(version, state, routineInProgress, sameDayFlag, justSet);
    }
}
