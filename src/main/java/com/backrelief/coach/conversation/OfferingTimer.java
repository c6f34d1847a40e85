package com.backrelief.coach.conversation;

/** "Shall I time it for you?" after heat-or-ice advice. */
public record OfferingTimer() implements Offer {

    public static final String NAME = "offering-timer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome.Move reply() {
        return Outcome.Move.REPLY_TO_TIMER;
    }
}
