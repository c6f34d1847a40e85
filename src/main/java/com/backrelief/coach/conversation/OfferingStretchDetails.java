package com.backrelief.coach.conversation;

/** "Want to hear how much to do, and when to stop?" after a stretch explained. */
public record OfferingStretchDetails() implements Offer {

    public static final String NAME = "offering-stretch-details";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome.Move reply() {
        return Outcome.Move.REPLY_TO_STRETCH_DETAILS;
    }
}
