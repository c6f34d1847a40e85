package com.backrelief.coach.conversation;

/** "Want the safety tips?" after heat-or-ice advice. */
public record OfferingTips() implements Offer {

    public static final String NAME = "offering-tips";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome.Move reply() {
        return Outcome.Move.REPLY_TO_TIPS;
    }
}
