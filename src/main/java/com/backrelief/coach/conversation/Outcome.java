package com.backrelief.coach.conversation;

import java.util.Objects;

/**
 * What the conversation decided a turn is: one named move, or the request's own answer.
 *
 * @param move    the move
 * @param request for {@link Move#ANSWER_REQUEST}, the request to answer (an intent's name); otherwise the request heard
 */
public record Outcome(Move move, String request) {

    /** The moves a turn can make. Each has exactly one answer; none depends on the order anything is tried in. */
    public enum Move {
        /** Safety: answer the red flag at its tier. */
        ALERT,
        /** Safety: the answer to "did you mean ...?" about a red flag. */
        CONFIRM_FLAG,
        /** Safety: pain during a routine's exercise stops it. */
        STOP_FOR_PAIN,
        /** Safety: a same-day flag stands, so no exercise and no heat how-to today. */
        HOLD_FOR_SAME_DAY,
        /** The heat-or-ice interview's answer (or a question asked instead of one). */
        ANSWER_INTERVIEW,
        /** "Cancel" in the heat-or-ice interview: the interview, not the skill. */
        CANCEL_INTERVIEW,
        /** Yes or no to "Want the safety tips?". */
        REPLY_TO_TIPS,
        /** Yes or no to the pack timer. */
        REPLY_TO_TIMER,
        /** Yes or no to a daily reminder. */
        REPLY_TO_REMINDER,
        /** "Cancel" just after a reminder was set: that reminder. */
        CANCEL_NEW_REMINDER,
        /** Yes or no to "Want to hear how much to do, and when to stop?". */
        REPLY_TO_STRETCH_DETAILS,
        /** Yes to the routine's own question: carry on, resume, take the offer... */
        ROUTINE_YES,
        /** No to the routine's own question: pause, stop for today, decline the offer... */
        ROUTINE_NO,
        /** How the back feels after a routine (or during one). */
        CHECK_IN,
        /** Worse, outside a routine: the advice for pain that gets worse. */
        WORSENING,
        /** Yes with no question standing. */
        PLAIN_YES,
        /** No with no question standing. */
        PLAIN_NO,
        /** Leave the skill. */
        LEAVE,
        /** The request's own answer: a question, a topic, a routine command, a reminder... */
        ANSWER_REQUEST
    }

    public Outcome {
        Objects.requireNonNull(move, "move");
        request = request == null ? "" : request;
    }

    static Outcome of(Move move, Meaning meaning) {
        return new Outcome(move, meaning.request());
    }

    static Outcome answer(Meaning meaning) {
        return new Outcome(Move.ANSWER_REQUEST, meaning.request());
    }
}
