package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/** What other capabilities may know of the heat-or-ice conversation: whether it waits for an answer. */
public final class AdviceState {

    private AdviceState() {
    }

    /** A heat-or-ice question is waiting for its answer. */
    public static boolean questionPending(HandlerInput input) {
        return input.getRequestEnvelope().getSession() != null && AdviceSession.of(input).pendingQuestion().isPresent();
    }

    /** Heat-or-ice advice was given earlier in the session. */
    public static boolean adviceGiven(HandlerInput input) {
        return input.getRequestEnvelope().getSession() != null && AdviceSession.of(input).lastRule().isPresent();
    }

    /** "Want the safety tips?" waits for yes or no. */
    public static boolean tipsOffered(HandlerInput input) {
        return AdviceSession.of(input).tipsOffer().isPresent();
    }

    /** The interview's question no longer stands. */
    public static void forgetInterview(HandlerInput input) {
        AdviceSession.of(input).clearDialog();
    }

    public static void forgetTipsOffer(HandlerInput input) {
        AdviceSession.of(input).clearTipsOffer();
    }

    public static void forgetTimerOffer(HandlerInput input) {
        AdviceSession.of(input).clearTimerOffer();
    }

    /** The pack timer's offer waits for yes or no. */
    public static boolean timerOffered(HandlerInput input) {
        return AdviceSession.of(input).timerOffer().isPresent();
    }
}
