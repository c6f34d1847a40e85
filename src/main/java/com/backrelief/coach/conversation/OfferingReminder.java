package com.backrelief.coach.conversation;

/** "Shall I remind you every day?" */
public record OfferingReminder() implements Offer {

    public static final String NAME = "offering-reminder";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome.Move reply() {
        return Outcome.Move.REPLY_TO_REMINDER;
    }
}
