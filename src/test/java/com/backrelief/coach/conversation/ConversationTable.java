package com.backrelief.coach.conversation;

import java.util.ArrayList;
import java.util.List;

/** Every state of the conversation, and every context a state can be in, for table tests. */
public final class ConversationTable {

    private ConversationTable() {
    }

    /** One of each state: the set is closed, so this list is checked against it. */
    public static List<ConversationState> everyState() {
        return List.of(new Open(), new ConfirmingFlag("E4"), new Interviewing(), new OfferingTips(), new OfferingTimer(),
                new OfferingReminder(), new OfferingStretchDetails(), new CoachingStep(), new ReturningToRoutine(), new Paused(),
                new StoppedForPain(), new OfferingRoutine(), new CheckingIn());
    }

    /** The state in every combination of what the session may also hold. */
    public static List<ConversationRecord> everyContext(ConversationState state) {
        List<ConversationRecord> records = new ArrayList<>();
        for (int bits = 0; bits < 8; bits++) {
            records.add(new ConversationRecord(state, (bits & 1) != 0, (bits & 2) != 0,
                    (bits & 4) != 0));
        }
        return records;
    }

    public static ConversationState named(String name) {
        return everyState().stream().filter(state -> state.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no state " + name));
    }
}
